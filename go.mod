module github.com/storydiff/storydiff

go 1.26.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.2 // indirect
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/google/renameio/v2 v2.0.2 // indirect
	github.com/itlightning/dateparse v0.2.1 // indirect
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/neurosnap/sentences v1.1.2 // indirect
	github.com/sergi/go-diff v1.4.0 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	golang.org/x/net v0.41.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)
