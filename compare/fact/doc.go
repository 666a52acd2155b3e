// Package fact finds the checkable facts in an article's text, its figures
// and its names, and decides whether two mentions of a fact agree.
//
// Quantities returns money, percentages, percentage points, counts, clock
// times, dates and bare numbers; Names returns people, organisations, places
// and other proper names. CompareMentions and SameName compare mentions from
// two articles. Everything here is a pure function of its arguments:
// deterministic, safe for concurrent use, and free of panics on any input,
// valid UTF-8 or not. Start and End are byte offsets on rune boundaries.
//
// # Values
//
// Value is normalised by kind:
//
//   - money: units of the currency in Unit, an ISO 4217 code: "$1.2bn" is
//     1.2e9 "USD"; "US$", "HK$", "C$", "€", "£", "¥" (read as JPY), "yuan",
//     "15 billion dollars", "5 million Hong Kong dollars", "RMB5 billion".
//     "pounds" is money in "pounds sterling" and where its sentence speaks
//     of money and of no weight ("85 million euros (74 million pounds)");
//     otherwise it is a weight ("15 pounds of cherries"). A currency sign a
//     wire feed printed as a letter glued to a sum in millions or more is
//     read as the sign: "e80 million" is EUR, "p74million" GBP; "R26
//     million" is ZAR.
//     The trade's "MM" is a million ("$21MM", "21MM dollars"; "mm" in
//     lower case only after a currency sign: "a 9mm pistol" is no sum), and
//     a sum hyphenated into an adjective is money ("a 5-million-dollar
//     settlement", "a two-billion-euro plan").
//   - percent, Unit "%": the number before the sign, so "0.9 per cent" is
//     0.9. A fraction of a whole is a percentage too: "about half of" is 50,
//     "two-thirds of" 66.67.
//   - points, Unit "pp": percentage points; basis points are divided by 100.
//   - count: the number, Unit the counted noun singularised ("7,000 US
//     brands" is 7000 "brand"), or the unit of an adjectival figure
//     ("40-minute" is 40 "minute", "300 million-strong" 3e8 "member"). A
//     duration not tied to an event ("for three weeks") is a count of its
//     time unit, and so is a unit's compound "hour-long" (1 "hour",
//     covering [0.8, 1.2]). A measure's abbreviation glued to its figure
//     or after it is its unit ("58km", "200ft", "20 kg"), and a distance
//     per hour is a speed, "mph" or "kph" ("120 miles per hour",
//     "193km/h"), never a distance. A measure restated in brackets in
//     another unit ("about 600 metres (2,000 feet)"), or a sum in brackets
//     after a bare figure ("110-billion ($143-billion)", its currency sign
//     lost), is Converted and takes the first figure's hedge: it agrees
//     with what it overlaps and conflicts with nothing. IsLength tells such lengths of time apart. The part in "X of Y Ns" counts Ns too ("178 of 369
//     punches" is 178 "punch" and 369 "punch"), and so does a bare figure
//     set against a count ("six arrests Wednesday, compared to 47": 47
//     "arrest"; likewise after money or a percentage, and after "up
//     from", "down from", "versus"). A count that measures a gap or
//     picks out part of a series has the word that says so in Compared
//     ("five rounds sooner", "the first two games"): a difference never
//     compares with a count told otherwise, a selection never conflicts
//     with one, and a stretch behind ("in his last two games": Compared
//     "past") never compares with one ahead ("the final two games", "his
//     two remaining games"). An address ("the 12000 block of East 223rd Street") is no
//     count, and a decade in words ("the nineteen fifties") is a date.
//   - record: a tally of two counts, never a range: a won-lost record
//     ("9-14", "are 122-147", "The Saints (7-7)"), a score ("an 88-72
//     win") or a vote ("voted 7-2", "a 5 to 4 ruling"). Value is the
//     first count, Low and High the same, Second the second count; Unit
//     is what the words around it make it a tally of, "record", "score"
//     or "vote", with the stretch it covers ("record, last 10" for "2-8
//     in their last ten"), or "" when nothing says; a count of
//     knockouts after it makes it a fighter's "record" ("53-3, 47
//     KO's"). A won-lost-drawn record ("45-7-2") has Drawn set and its
//     draws in Draws. Of is "name:" and the holder's last word when a
//     name stands beside it ("Klitschko (52-3", "Champion, Wladimir
//     Klitschko, 53-3,", "the 0-14 Lions"). "10-12 people", "aged
//     18-30" and "46 to 57 months" stay ranges. A tally with only a verb
//     of being or "at" before it, or nothing ("26-1"), and no holder, is
//     one only where the words around speak of a contest (a game, a
//     season, a vote, a fight): "open at 9-5" is not. A pair after a noun
//     that numbers a part ("Section 12-3", "Rule 7-2", "Room 4-2") is a
//     label, never a tally, whatever contest words stand near.
//   - temperature: degrees, signed, Unit the scale, "°C" or "°F", or "°"
//     when the text names none: "minus 17 degrees" is -17 "°", "-5°C" -5
//     "°C", "20 below zero" -20 "°"; "below zero" or "less than zero" alone
//     is no figure (under zero, unbounded; not 0). A figure of degrees is one when it has
//     a sign, a scale or "below zero"; a signed bare figure when its
//     sentence speaks of temperatures ("temperatures were minus 20").
//     "20 degrees" alone stays a count of degrees (a fall, an angle).
//     Temperatures compare in one scale only, or when neither names one.
//   - number: a figure with no recognisable unit, Unit "". A number
//     written with a leading nought ("0800", "0300 GMT") is a code, and
//     the groups after it a telephone number's ("0845 125 2222"): no
//     figure at all.
//   - time, Unit "clock": seconds after midnight; "2:37 p.m." is 52620.
//   - date, Unit "day": Unix days (days since 1970-01-01) of the first day of
//     the period, Low and High its first and last day. "2014" is the year,
//     "last month" the calendar month before publication, "the last year"
//     the 365 days up to it, "Monday" the Monday on or before it, "Jan. 5"
//     the 5 January nearest to it.
//   - date, Unit "offset": a distance in days from another event, negative
//     for "before"/"earlier": "less than three weeks after" is 21 within
//     [10.5, 21].
//   - date, Unit "relative": a date that needs the publication date
//     ("Monday", "last month", "three weeks ago", "Jan. 5") when Quantities
//     got the zero time. Value, Low and High are 0 and it compares with
//     nothing, except that two bare weekdays compare by CompareWeekdays: a
//     Saturday is never a Friday, whatever the week.
//
// # Intervals
//
// Low and High bound the values the wording allows. They start from
// rounding: a figure covers half a unit of its last significant digit either
// side, so "0.9" covers [0.85, 0.95], "1%" [0.5, 1.5] and "$94.74" [94.735,
// 94.745]. Trailing zeros of whole numbers count as significant below 1,000,
// where a figure is usually counted ("40-minute" covers [39.5, 40.5]), and
// not from 1,000 up, where reporters round ("1,200 workers" covers [1150,
// 1250], "5 million" [4.5e6, 5.5e6]). A round figure of one unit there
// covers what rounds to it: "1 million" [0.95e6, 1.5e6], since 900,000 is
// written so, not as "1 million". Clock times round to the minute or the
// hour they state; dates cover their period exactly. Vague amounts carry
// their own interval: "a few" [2, 5], "a couple" [2, 3], "several" [3, 7], "a
// dozen" [10, 14], "dozens of" [24, 120], "hundreds of" [200, 1000];
// fraction words cover 2.5 percentage points either side. A choice of two
// near figures is one figure between them: "three or four robbers" covers
// [2.5, 4.5], as "two to three people" covers [1.5, 3.5].
//
// Hedges then widen the interval. With v the figure, u its rounding unit and
// [lo, hi] the rounded interval:
//
//	about, around, roughly, approximately, some  [min(lo, 0.9v), max(hi, 1.1v)]
//	nearly, almost, just under, close to         [0.9v, v)
//	  just before, shortly before
//	just over, slightly more than                (v, 1.1v]
//	  just after, shortly after, soon after
//	more than, over, above                       (v, v+max(u, v/2)]
//	at least, no fewer than                      [v, v+max(u, v/2)]
//	less than, fewer than, under, below          [max(0, v-max(u, v/2)), v)
//	up to, as many as, at most                   [max(0, v-max(u, v/2)), v]
//
// For clock times the margins are 15 minutes and an hour instead of 10% and
// 50%. The far end of "more than" is a reading, not a rule of English: a
// reporter with 2.1 million would not write "more than 1 million". Hedges on
// a year are ignored ("around 2014" is 2014).
//
// # Agreement
//
// CompareMentions compares mentions of the same kind and unit. They are
// Shared when Value, Low and High are equal and the hedges are of the same
// sort ("about" and "around" are); Compatible when their intervals overlap
// ("rose 0.9 per cent" and "up about 1%"); in Conflict otherwise ("1,200
// workers" and "2,100 workers"). Intervals that only touch overlap when both
// include the point: a rounding excludes its upper end ("$15 billion" and
// "$16 billion" conflict), "more than" its lower one, "less than" and
// "nearly" their upper one; dates include both. Lengths of time in different units
// compare in days, an unhedged one narrowed to a fifth either side ("two
// hours" and "90 minutes" conflict). The same sum in two currencies
// conflicts ("£1.2bn" and "$1.2bn"); different sums in two currencies do
// not compare. Two records compare only as tallies of one thing (the
// same Unit): Shared when both counts are the same, else in Conflict; a
// score or a vote may be told either way round; a record nothing names
// is only Shared with the same tally, unless it stands beside the same
// holder's name as the other (then both are that holder's record).
// Tallies beside two names never compare. Draws count only when both
// records give them ("45-7" and "45-7-2" are Shared). A count joined by a hyphen to the
// noun it sizes ("a three-game losing streak", Attributive) never
// conflicts with a plain count ("10 games"), nor does the price of a
// thing ("a $12,500 Breitling watch") with a plain sum ("$480,000 in
// campaign funds"), nor a count told per something (Rate: "averaging
// 4.1 metres per jump", "90 crates a trip") with a total or a rate per
// another thing, nor a count of what was missed (Missed: "missed three
// races", "sat out two") with a count of what was taken part in.
// Distances on bearings that share no point of the
// compass ("30 miles west of Orlin", "30 miles east of Orlin") place two
// things and never compare. Percent and percentage
// points never compare, nor do different counted nouns (CompareCounts
// compares those that may count the same things, by their WordNet
// classes: "23 pirates" and "23 suspects", not "100 attacks" and "100
// vessels"), nor an
// age with another figure, nor two ages of different holders (Of: a
// person's and a case's, or two named people's). A bare figure set off
// after a person's name ("Kimani Vale, 16,", "Jean Odell (48)") is that
// person's age when Scan reads names with figures; a holder's surname
// drops a generational suffix ("Anthony Brisk III" is Brisk). A part of the day
// ("afternoon", "mid-morning") agrees with a time inside it, is not
// compared with a neighbouring part or a time within two hours of it
// ("evening" and "11 p.m."), and conflicts with one further away
// ("morning" and "evening").
//
// # Names
//
// Names reads capitalised spans, joined across "of", "of the", "for", "de"
// and "&" ("Office of the U.S. Trade Representative", "AT&T"), and ends a
// span at a possessive, which End excludes. It skips words capitalised only
// because they open a sentence (unless the same word appears capitalised
// mid-sentence, or opens a longer name), weekday and month names, demonyms
// ("Chinese consumers") and a few non-names ("IPO", "I"). A title
// ("President-elect", "Chairman", "Sen.", "Mr.") inside a span starts a
// person and stays out of the canonical name. Kinds come from cues: a title
// before or after (", founder of") makes a person, as does a common given
// name; "Group", "Inc.", "Agency", "Office", "Bank" or "X of" make an
// organisation, as does an acronym or a name followed by a job title
// ("Alibaba chairman"); "State", "City", "Tower", "New ...", compass words,
// a small gazetteer or "in X" make a place. Unit holds the canonical name,
// resolved within the text: a lone "Ma" after "Jack Ma" has Unit "Jack Ma",
// "Alibaba" after "Alibaba Group" has Unit "Alibaba Group", and "USTR" has
// the Unit of the office it abbreviates.
package fact
