package quote

import "testing"

// "for the Republican presidential nomination" after a name does not run
// into it: "Texas Governor Rick Dale for the Republican" is no name, and
// Rick Dale is registered in full. A title word that goes on a name
// ("Office of the Historian of the House") still joins it.
func TestConnectorBeforeTitleAdjective(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"party adjective", "Sheriff Backs Dale\n\nArizona Sheriff Joe Arpaio endorsed three term Texas Governor Rick Dale for the Republican presidential nomination on Tuesday.\n\n\"The sheriff knows the border,\" said Gov. Dale.",
			"The sheriff knows the border", "Rick Dale", "Gov."},
		{"a name goes on", "Record kept\n\nAccording to the Office of the Historian of the House of Delegates, the text was \"appended\" twice.",
			"appended", "Office of the Historian of the House of Delegates", ""},
	})
}
