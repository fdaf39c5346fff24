package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// applyEnv sets every flag of fs that was not given on the command line
// from METIS_<NAME> (upper case, '.' and '-' as '_').
func applyEnv(fs *flag.FlagSet) error {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] || err != nil {
			return
		}
		key := "METIS_" + strings.NewReplacer(".", "_", "-", "_").Replace(strings.ToUpper(f.Name))
		if v, ok := os.LookupEnv(key); ok {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%s=%q: %w", key, v, e)
			}
		}
	})
	return err
}

// parseCommand sets fs's usage to the summary and its flags, then parses
// args and the environment.
func parseCommand(fs *flag.FlagSet, args []string, usage string) error {
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	return applyEnv(fs)
}
