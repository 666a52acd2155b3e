package evaldata

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// BasilEvent is one BASIL event (Fan et al., EMNLP 2019): the same story as
// told by Fox News, the New York Times and HuffPost, with the bias spans the
// annotators marked. Read from basil/<event>/ under the eval folder.
type BasilEvent struct {
	Name     string
	Articles []BasilArticle
}

// BasilArticle is one outlet's article: its raw text as shipped (title
// first, one paragraph per body paragraph) and its gold sentences.
type BasilArticle struct {
	File      string // fox.txt, nyt.txt, hpo.txt
	Source    string // fox, nyt, hpo
	Raw       []byte
	Sentences []BasilSentence
	Spans     []BasilSpan
}

// BasilSentence is one gold sentence; sentence 0 is the title.
type BasilSentence struct {
	Text      string
	Paragraph int // paragraph of the file
}

// BasilSpan is one bias span, with byte offsets into its sentence's Text
// (the gold file counts characters; Basil converts them).
type BasilSpan struct {
	Sentence   int
	Start, End int
	Text       string
	Bias       string // "lex" (loaded wording) or "inf" (content chosen to sway)
	Quote      bool   // inside a quotation: the speaker's words
}

// Basil reads every event under dir/basil, in name order.
func Basil(dir string) ([]BasilEvent, error) {
	root := filepath.Join(dir, "basil")
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []BasilEvent
	for _, n := range names {
		ev, err := readBasilEvent(filepath.Join(root, n))
		if err != nil {
			return nil, err
		}
		ev.Name = n
		out = append(out, ev)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no events in %s", root)
	}
	return out, nil
}

func readBasilEvent(dir string) (BasilEvent, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return BasilEvent{}, err
	}
	var gold struct {
		Articles []struct {
			File      string `json:"file"`
			Source    string `json:"source"`
			Sentences []struct {
				Text      string `json:"text"`
				Paragraph int    `json:"paragraph"`
			} `json:"sentences"`
			Spans []struct {
				Sentence int    `json:"sentence"`
				Start    int    `json:"start"`
				End      int    `json:"end"`
				Text     string `json:"text"`
				Bias     string `json:"bias"`
				Quote    bool   `json:"quote"`
			} `json:"spans"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		return BasilEvent{}, fmt.Errorf("reading %s: %w", filepath.Join(dir, "gold.json"), err)
	}
	var ev BasilEvent
	for _, ga := range gold.Articles {
		text, err := os.ReadFile(filepath.Join(dir, ga.File))
		if err != nil {
			return BasilEvent{}, err
		}
		a := BasilArticle{File: ga.File, Source: ga.Source, Raw: text}
		for _, s := range ga.Sentences {
			a.Sentences = append(a.Sentences, BasilSentence{Text: s.Text, Paragraph: s.Paragraph})
		}
		for _, sp := range ga.Spans {
			if sp.Sentence < 0 || sp.Sentence >= len(a.Sentences) {
				continue
			}
			st := a.Sentences[sp.Sentence].Text
			start, end := runeToByte(st, sp.Start), runeToByte(st, sp.End)
			if start < 0 || end < start {
				continue
			}
			a.Spans = append(a.Spans, BasilSpan{Sentence: sp.Sentence, Start: start, End: end,
				Text: sp.Text, Bias: sp.Bias, Quote: sp.Quote})
		}
		ev.Articles = append(ev.Articles, a)
	}
	return ev, nil
}

// runeToByte converts a character offset in s to a byte offset, or -1 when
// it lies beyond s.
func runeToByte(s string, n int) int {
	if n == 0 {
		return 0
	}
	i := 0
	for b := range s {
		if i == n {
			return b
		}
		i++
	}
	if i == n {
		return len(s)
	}
	if utf8.RuneCountInString(s) < n {
		return -1
	}
	return len(s)
}

// SentenceOffsets places each gold sentence in text (the article as the
// engine holds it): the byte offset of its first character, or -1 when it
// cannot be found. Sentences are searched in order, each after the last.
func (a BasilArticle) SentenceOffsets(text string) []int {
	out := make([]int, len(a.Sentences))
	from := 0
	for i, s := range a.Sentences {
		probe := strings.TrimSpace(s.Text)
		at := strings.Index(text[from:], probe)
		if at < 0 {
			out[i] = -1
			continue
		}
		out[i] = from + at - strings.Index(s.Text, probe)
		from += at + len(probe)
	}
	return out
}
