package compare

// A vague amount ("several grenades", "a few times") sets no figure to
// hold a reporter to: it agrees with what its reading overlaps, and
// conflicts with nothing ("hitting Gray eleven times" and "striking Gray
// several times" are one telling): held back in linkQuantities.
//
// A sentence in no group is compared with the group of its mutual best
// counterpart (factScopes), and so with every member of that group; a
// conflict is shown only with a member it is near itself, one sentence
// listing the other among its nearest: through the counterpart, "It
// borrowed $2 million dollars from the Agriculture Fund" met every
// outlet's "$1 million" damage to a church.

// farApart reports whether a and b, one of them in no group, are no near
// counterparts of each other (see nearSimilarity).
func farApart(r *Report, groups map[SentenceRef]string, a, b mentionAt) bool {
	return (!grouped(groups, a) || !grouped(groups, b)) && nearSimilarity(r, a, b) == 0
}
