package quote

import "testing"

// "her Facebook post" is hers: the platform a statement was published on
// is never its speaker.
func TestPlatformIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"her post", "Ilse Ostrand criticized the pier plan on Monday.\n\n" +
			"She concluded her Facebook post: \u201cPlease share if you agree.\u201d",
			"Please share if you agree.", "Ilse Ostrand", ""},
		{"wrote in a post", "Ilse Ostrand wrote in a now-deleted Facebook post Friday that the council should \u201ctry listening a little.\u201d",
			"try listening a little", "Ilse Ostrand", ""},
		{"a tweet", "Tom Reed answered on Tuesday.\n\n" +
			"He ended his Twitter message: \u201cSee you at the pier.\u201d",
			"See you at the pier.", "Tom Reed", ""},
	})
}
