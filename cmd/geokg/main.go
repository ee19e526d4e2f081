// Command geokg extracts entities and relations from geopolitical news
// articles and loads them into Neo4j.
//
// Run `geokg --help` for the commands, their flags and the exit codes.
package main

import "os"

func main() {
	os.Exit(Main())
}
