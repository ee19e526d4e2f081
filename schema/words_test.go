package schema

import (
	"reflect"
	"testing"
)

// TestWordsMergeEveryField checks that an overlay extends every word list
// of Words, nested NameCues included: lists keep the default's words and
// add the overlay's, maps of lists merge key by key, maps of words take
// the overlay's value.
func TestWordsMergeEveryField(t *testing.T) {
	var base, over Words
	fill(reflect.ValueOf(&base).Elem(), "base")
	fill(reflect.ValueOf(&over).Elem(), "over")
	base.merge(over)
	check(t, reflect.ValueOf(base), "")
}

func fill(v reflect.Value, word string) {
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Slice:
			if f.Type().Elem().Kind() == reflect.Slice {
				f.Set(reflect.ValueOf([][]string{{word}}))
			} else {
				f.Set(reflect.ValueOf([]string{word}))
			}
		case reflect.Map:
			if f.Type().Elem().Kind() == reflect.Slice {
				f.Set(reflect.ValueOf(map[string][]string{"k": {word}}))
			} else {
				f.Set(reflect.ValueOf(map[string]string{"k": word}))
			}
		case reflect.Struct:
			fill(f, word)
		}
	}
}

func check(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	for i := range v.NumField() {
		f, name := v.Field(i), path+v.Type().Field(i).Name
		switch got := f.Interface().(type) {
		case []string:
			if !reflect.DeepEqual(got, []string{"base", "over"}) {
				t.Errorf("%s = %v, want [base over]", name, got)
			}
		case [][]string:
			if !reflect.DeepEqual(got, [][]string{{"base"}, {"over"}}) {
				t.Errorf("%s = %v, want [[base] [over]]", name, got)
			}
		case map[string][]string:
			if !reflect.DeepEqual(got["k"], []string{"base", "over"}) {
				t.Errorf("%s[k] = %v, want [base over]", name, got["k"])
			}
		case map[string]string:
			if got["k"] != "over" {
				t.Errorf("%s[k] = %q, want over", name, got["k"])
			}
		default:
			check(t, f, name+".")
		}
	}
}
