package extract

import "testing"

// TestDatelineMonthWithoutDot checks that a dateline's month abbreviated
// without its dot before the day ("Nov 12") still makes the dateline's
// city a place, not the country its capital stands for.
func TestDatelineMonthWithoutDot(t *testing.T) {
	checkEntities(t, "Talks resume\n\nLima, Nov 12 (EFE).- Chile said on Tuesday it would reopen the border.",
		[]string{"Location:Lima", "Country:Chile"}, []string{"Country:Peru"})
	checkEntities(t, "Talks resume\n\nQuito, Sept 3 (EFE).- Peru said it would reopen the border.",
		[]string{"Location:Quito"}, []string{"Country:Ecuador"})
	// a bare "Jan" before no number may open a name
	checkEntities(t, "Jan Vorlicek, the party's treasurer, said Chile would pay.",
		[]string{"Person:Jan Vorlicek"}, nil)
}
