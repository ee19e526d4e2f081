package neo4jtest

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// composeFile mirrors the parts of docker-compose.yml that scripts/neo4j and
// these tests rely on.
type composeFile struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Ports       []string          `yaml:"ports"`
		Environment map[string]string `yaml:"environment"`
		Volumes     []string          `yaml:"volumes"`
		Healthcheck struct {
			Test     []string `yaml:"test"`
			Interval string   `yaml:"interval"`
		} `yaml:"healthcheck"`
	} `yaml:"services"`
	Volumes map[string]any `yaml:"volumes"`
}

// checkCompose returns what is wrong with a docker-compose.yml.
func checkCompose(raw []byte) []string {
	var f composeFile
	if err := yaml.Unmarshal(raw, &f); err != nil {
		return []string{fmt.Sprintf("parse: %v", err)}
	}
	svc, ok := f.Services["neo4j"]
	if !ok {
		return []string{"no service neo4j"}
	}
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	if svc.Image != "neo4j:5.26-community" {
		bad("image = %q, want neo4j:5.26-community (the LTS that scripts/neo4j provisions)", svc.Image)
	}
	want := map[string]bool{"127.0.0.1:7474:7474": false, "127.0.0.1:7687:7687": false}
	for _, p := range svc.Ports {
		if _, ok := want[p]; !ok {
			bad("port %q: want only 127.0.0.1:7474:7474 and 127.0.0.1:7687:7687 (loopback only)", p)
			continue
		}
		want[p] = true
	}
	for p, seen := range want {
		if !seen {
			bad("port %q missing", p)
		}
	}
	if got, w := svc.Environment["NEO4J_AUTH"], "neo4j/${NEO4J_PASSWORD:-geokg-local-only}"; got != w {
		bad("NEO4J_AUTH = %q, want %q (auth on, password from the environment)", got, w)
	}
	hc := strings.Join(svc.Healthcheck.Test, " ")
	if len(svc.Healthcheck.Test) < 2 || !strings.Contains(hc, "cypher-shell") || !strings.Contains(hc, "RETURN 1") {
		bad("healthcheck test = %q, want a cypher-shell 'RETURN 1' check", hc)
	}
	if svc.Healthcheck.Interval == "" {
		bad("healthcheck has no interval")
	}
	if len(svc.Volumes) == 0 || !strings.HasSuffix(svc.Volumes[0], ":/data") {
		bad("volumes = %v, want a named volume mounted at /data", svc.Volumes)
	} else if name, _, _ := strings.Cut(svc.Volumes[0], ":"); !hasKey(f.Volumes, name) {
		bad("volume %q is not declared under top-level volumes", name)
	}
	return problems
}

func hasKey(m map[string]any, k string) bool {
	_, ok := m[k]
	return ok
}

func TestComposeFile(t *testing.T) {
	raw, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatalf("read docker-compose.yml: %v", err)
	}
	for _, p := range checkCompose(raw) {
		t.Errorf("docker-compose.yml: %s", p)
	}
}

// TestCheckComposeCatchesRot makes sure checkCompose fails on broken files.
func TestCheckComposeCatchesRot(t *testing.T) {
	raw, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatalf("read docker-compose.yml: %v", err)
	}
	good := string(raw)
	for name, edit := range map[string][2]string{
		"image":             {"neo4j:5.26-community", "neo4j:latest"},
		"public port":       {`"127.0.0.1:7687:7687"`, `"7687:7687"`},
		"auth off":          {"neo4j/${NEO4J_PASSWORD:-geokg-local-only}", "none"},
		"no healthcheck":    {"healthcheck:", "x-healthcheck:"},
		"undeclared volume": {"\nvolumes:\n  neo4j-data:", "\nvolumes:\n  other:"},
	} {
		broken := strings.Replace(good, edit[0], edit[1], 1)
		if broken == good {
			t.Errorf("%s: %q not found in docker-compose.yml", name, edit[0])
			continue
		}
		if len(checkCompose([]byte(broken))) == 0 {
			t.Errorf("%s: checkCompose accepted a file with %q replaced by %q", name, edit[0], edit[1])
		}
	}
}
