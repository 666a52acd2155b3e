package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchArticle returns a 1,000-word article built from the seed articles
// (or, without them, from a fixed paragraph), so the benchmark measures
// extraction on real newswire text.
func benchArticle(b *testing.B) string {
	b.Helper()
	var paras []string
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			paras = append(paras, strings.Split(string(data), "\n\n")...)
		}
	}
	if len(paras) == 0 {
		paras = []string{`"Our results speak for themselves," Alibaba Group President Michael Evans said in a statement. The e-commerce giant was put on the "Notorious Markets" list, and the company tweeted it "wants to create US jobs."`}
	}
	var sb strings.Builder
	words := 0
	for i := 0; words < 1000; i++ {
		p := paras[i%len(paras)]
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(p)
		words += len(strings.Fields(p))
	}
	return sb.String()
}

func BenchmarkExtract1000Words(b *testing.B) {
	text := benchArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, nil)
	}
}
