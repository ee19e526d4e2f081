package neo4jtest

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"testing"
)

// parseProcAddr decodes "0100007F:1E61" (IPv4) or a 32-hex-digit IPv6
// address from /proc/net/tcp*: the address is stored as 32-bit words in host
// (little-endian) order, the port in big-endian hex.
func parseProcAddr(s string) (netip.AddrPort, error) {
	hexIP, hexPort, ok := strings.Cut(s, ":")
	if !ok {
		return netip.AddrPort{}, fmt.Errorf("no port separator")
	}
	raw, err := hex.DecodeString(hexIP)
	if err != nil || (len(raw) != 4 && len(raw) != 16) {
		return netip.AddrPort{}, fmt.Errorf("bad address %q", hexIP)
	}
	for i := 0; i < len(raw); i += 4 {
		binary.BigEndian.PutUint32(raw[i:], binary.LittleEndian.Uint32(raw[i:]))
	}
	port, err := strconv.ParseUint(hexPort, 16, 16)
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("bad port %q: %w", hexPort, err)
	}
	ip, _ := netip.AddrFromSlice(raw)
	return netip.AddrPortFrom(ip.Unmap(), uint16(port)), nil
}

func TestParseProcAddr(t *testing.T) {
	for in, want := range map[string]string{
		"0100007F:1E61":                         "127.0.0.1:7777",
		"00000000:1F90":                         "0.0.0.0:8080",
		"0000000000000000FFFF00000100007F:1E07": "127.0.0.1:7687",
		"00000000000000000000000001000000:1D22": "[::1]:7458",
		"00000000000000000000000000000000:1D22": "[::]:7458",
	} {
		got, err := parseProcAddr(in)
		if err != nil || got.String() != want {
			t.Errorf("parseProcAddr(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
}
