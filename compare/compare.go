// Package compare is storydiff's engine. It aligns the sentences of two or
// more articles on the same story into groups that report the same fact,
// with no pivot article and no assumption that outlets keep the same order,
// and describes the result as a Report.
//
// It is pure and deterministic: the same documents give the same Report,
// with the same group ids, every time. It imports no terminal or UI code.
package compare

import (
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/segment"
	"github.com/storydiff/storydiff/compare/textsim"
)

// Options tune a comparison. The zero value is the shipped behaviour.
type Options struct {
	// Model scores sentence pairs; nil means textsim.Default. Tests set it to
	// score a model fit on other folds of the evaluation data.
	Model *textsim.Model
}

// Compare aligns the articles and returns the report.
func Compare(docs []*ingest.Document, opt Options) *Report {
	model := opt.Model
	if model == nil {
		model = &textsim.Default
	}
	r := &Report{Version: ReportVersion, Articles: make([]Article, len(docs)), Groups: []Group{}, Quotes: []Quote{}, Facts: []Fact{}}
	for i, d := range docs {
		r.Articles[i] = buildArticle(d)
	}
	e := newEngine(r.Articles, model)
	e.scoreCandidates()
	e.cluster()
	e.attachSplits()
	r.Groups = e.groups()
	e.fillSentences(r)
	return r
}

func buildArticle(d *ingest.Document) Article {
	text, spans := segment.Split(d)
	a := Article{
		Label: d.Label, Source: d.Source, Format: d.Format,
		Title: d.Title, Byline: d.Byline, Site: d.Site, Date: d.Date,
		Text:      text,
		Sentences: make([]Sentence, len(spans)),
	}
	for i, s := range spans {
		a.Sentences[i] = Sentence{
			Start: s.Start, End: s.End, Text: text[s.Start:s.End],
			Paragraph: s.Paragraph, Role: Role(s.Role), Nearest: []Nearest{},
		}
	}
	return a
}
