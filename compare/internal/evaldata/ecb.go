package evaldata

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// ECBTopic is one ECB+ topic (Cybulska & Vossen 2014): articles on two
// similar but different events (sub-topics "ecb" and "ecbplus"), one
// sentence per paragraph, with sentence pairs judged by hand.
type ECBTopic struct {
	Name     string
	Dir      string
	Articles []ECBArticle
	// Pairs are [article, sentence, article, sentence], article < article,
	// indexes into Articles and into each article's Sentences.
	Positive [][4]int // one sub-topic, sharing a coreferent event
	Negative [][4]int // one sub-topic, sharing none
	Trap     [][4]int // across the two sub-topics (look-alike events)
}

// ECBArticle is one article of a topic.
type ECBArticle struct {
	File      string
	Subtopic  string
	Sentences []ECBSentence
}

// ECBSentence is one sentence; paragraph k of the article's file is Sentences[k].
type ECBSentence struct {
	Text      string
	Annotated bool
	Actions   []string // the event coreference ids of its annotated event mentions
}

// ECB reads every topic folder under dir/ecb (the eval folder), in name order.
func ECB(dir string) ([]ECBTopic, error) {
	dirs, err := filepath.Glob(filepath.Join(dir, "ecb", "t*"))
	if err != nil {
		return nil, err
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("no topics under %s", filepath.Join(dir, "ecb"))
	}
	sort.Strings(dirs)
	var out []ECBTopic
	for _, d := range dirs {
		data, err := os.ReadFile(filepath.Join(d, "gold.json"))
		if err != nil {
			return nil, err
		}
		var g struct {
			Articles []struct {
				File      string `json:"file"`
				Subtopic  string `json:"subtopic"`
				Sentences []struct {
					Text      string   `json:"text"`
					Annotated bool     `json:"annotated"`
					Actions   []string `json:"actions"`
				} `json:"sentences"`
			} `json:"articles"`
			Positive, Negative, Trap [][4]int
		}
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(d, "gold.json"), err)
		}
		t := ECBTopic{Name: filepath.Base(d), Dir: d, Positive: g.Positive, Negative: g.Negative, Trap: g.Trap}
		for _, a := range g.Articles {
			art := ECBArticle{File: a.File, Subtopic: a.Subtopic}
			for _, s := range a.Sentences {
				art.Sentences = append(art.Sentences, ECBSentence{Text: s.Text, Annotated: s.Annotated, Actions: s.Actions})
			}
			t.Articles = append(t.Articles, art)
		}
		out = append(out, t)
	}
	return out, nil
}
