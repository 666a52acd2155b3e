package textsim

// sharedOnly are the features the paraphrase verdict takes and Similarity
// does not: FRareMin (see without), and the word-vector and clause
// evidence, FVecCosine to FWordEdit. With all of these the paraphrase
// verdict reaches MSRP CV accuracy 0.7818, F1 0.8527 (0.7676, 0.8451
// without the vector and clause features), and gains held out on both
// halves of MSRP train and on 39 of 40 random half-splits
// (TestVectorsAndClausesHoldHeldOut). In Similarity they do not reach STS
// r 0.80 (issue 14, round 10: the vector cosine alone gives CV 0.7966,
// dev 0.7814; with the clause features 0.7963, 0.7882), and the vector
// cosine rates sentences on one topic stating different facts as related,
// which the grouping, fit on today's Similarity, then joins.
var sharedOnly = []int{FRareMin, FVecCosine, FRunMax, FRunMin, FRunShare, FRunEnd, FSpeechOneSide, FQuoteOneSide, FWordEdit}

// without returns xs with the features fs zeroed, which gives them no
// weight.
//
// Similarity is fit without FRareMin, for now. With it, STS news gains
// on every split (10-fold CV r 0.7888 to 0.8026, dev 0.7726 to 0.7955,
// each half of train fit on the other 0.7809 to 0.7946 and 0.6688 to
// 0.6969: TestRareMinInSimilarityHoldsOnBothHalves), but alignment loses
// recall on real coverage: localRarity tempers a story's repeated words in
// a comparison, never in the isolated STS pairs, so fewer same-event pairs
// reach RelatedThreshold. Measured at main 76b568b with the grouping refit
// on it (compare.TestFitGrouping, and a headline-aware mutual best match
// so that compare.TestRewordedLeadsGroupLookAlikesDoNot holds), ECB+ held
// out over topics gives precision 0.865, recall 0.561, traps 0.70%,
// against 0.871, 0.603, 1.09% without: below the recall of 0.60.
// Re-measured at main a2a0d2b (issue 14, round 14) by TestFitGrouping's
// nested protocol on 64 settings around the shipped one (mutualMass 0.30 or
// 0.33, eventLinks 1.25 to 2, eventLeadMass 0.05 or 0.10, leadCover 0.1 or
// 0.2, leadMajority 0.25 or 0.34; the same settings for every model): held
// out 0.859, 0.592, 0.32% (fit on all topics 0.859, 0.615, 0.34%); at the
// shipped grouping 0.862, 0.601, 0.40%; look-alike AUC 0.762. Main's
// Similarity on that grid: held out 0.842, 0.653, 0.76% (precision under
// 0.85 on fold 0's topics), fit on all 0.865, 0.645, 0.67%; as shipped
// 0.866, 0.643, 0.66%, AUC 0.769.
//
// A rarity that the comparison tempers less does not pay either (round 14).
// A feature weighing the words by background rarity alone, in a comparison
// as in the STS pairs (same STS figures, since there it equals FRareMin),
// raises the look-alike AUC to 0.7717 and gives ECB+ 0.856, 0.628, 0.58% at
// the shipped grouping, but groups two of the demo's lexical traps, which
// share a figure and the story's rare name ("60 percent … Brackwater
// County", "1.2 million containers … last year"), at every setting of the
// grid (held out recall 0.328, the strictest setting). Weighing each word
// by the mean of its background rarity and its FRareMin weight keeps the
// demo gold: AUC 0.7688, ECB+ at the shipped grouping 0.867, 0.626, 0.42%,
// held out on the grid 0.868, 0.627, 0.55% (fit on all topics, eventLinks
// 1.25: 0.868, 0.635, 0.62%), chosen in every fold when the fit may choose
// among the three weighings. It meets the targets held out, but at
// the shipped grouping it costs ECB+ recall 0.017, BASIL's
// divergent-framing F1 (0.386 cross-validated, 0.414 shipped, against 0.395
// and 0.432) and about 5% of the features' CPU, and changes the groups of
// 55 of the sweep's 74 outputs. Other shares of the tempering, at the
// shipped grouping: 0.25, 0.35 and 0.4 group the same demo traps; 0.6 and
// 0.75 keep the demo gold at recall 0.619 and 0.621, AUC 0.7679 and 0.7662.
// Read as a product change (every changed BASIL group read by hand), the
// half weighing is no gain: 21 groups wrong→right, 22 right→wrong (true
// pairs split where the shared words are the story's own names; crossed
// groups straightened), and with it TestFitToldDifferently's fit turns the
// "told differently?" hedge off. Not taken.
//
// Shared takes FRareMin.
//
// With FRareMin and FVecCosine both in Similarity (issue 14, round 11, at
// main c2cbd24: STS CV 0.8085, dev 0.8036, halves 0.7977 and 0.7077) the
// grouping was refit jointly (TestFitGrouping's protocol on 115 settings
// of its grid around the shipped one, the same subset for both models).
// No setting keeps the demo gold (at the shipped one, two lexical traps
// that share a figure and a rare name, "60 percent … Brackwater County"
// and "1.2 million containers … last year", group). Without that
// requirement the fit picks the shipped setting, and ECB+ held out over
// topics gives precision 0.869, recall 0.588, traps 0.97%, against 0.866,
// 0.622, 0.80% today; in sample recall is 0.592 (0.609 at mutualMass
// 0.25, traps 1.58%).
//
// Nor does a cut of the grouping's own (issue 14, round 12, at main
// c2b25ff): alignment admitted pairs at a separate Similarity cut (0.36 to
// 0.60, with mutualMass 0.28 to 0.36 and eventLinks 1.5 to 2), fit by
// TestFitGrouping's protocol. With FRareMin and FVecCosine (the SIF a of
// 1e-3: 3e-4 and 1e-4 gain STS CV 0.0005 and 0.0007 and lose dev) no
// setting keeps the demo gold, and without it ECB+ held out over topics
// reaches recall 0.576 to 0.581 (in sample at most 0.607, traps 0.72%);
// with FRareMin alone, 0.574 (in sample at most 0.606); main's model on
// the same grids 0.597 to 0.625. Recall above 0.607 in sample comes only
// with traps above 2%. The cause is in the ranking, not the cut: these
// features rank a look-alike event's pairs closer to the same event's
// (compare.TestSimilarityTellsLookAlikesApart: ECB+ AUC of positive
// against trap pairs 0.769 today, 0.753 with both, 0.762 with FRareMin,
// 0.760 with FVecCosine), while ranking STS better.
//
// Nor does a grouping score fit on ECB+ itself (issue 14, round 13, at
// main 4c443da): a logistic regression on every feature, ECB+ positive
// pairs against negative and trap pairs, each topic's sentences one
// corpus, its L2 chosen by an inner cross-validation. Held out over
// topics (5 folds) it ranks same-event pairs above look-alike ones better
// than Similarity (AUC 0.796 against 0.769, higher on every fold; against
// the event's other pairs 0.704 against 0.716), but hardly at the trap
// rates grouping works at: the cut that passes 2% of trap pairs passes
// 0.259 of positive ones, against 0.249. In alignment (a second linear
// model with a cut of its own, both fit per fold, the grouping constants
// chosen by TestFitGrouping's nested protocol without its junk check):
// ranking and admitting pairs on it, no setting keeps the demo gold, and
// held out recall is 0.593 (traps 1.03%); admitting on it and ranking on
// Similarity, 0.597 to 0.614 (traps 0.95% to 1.20%, two grids), no
// better than admitting no pair on the model's word at all (0.616,
// 0.78%); main's Similarity, on a grid of its own, 0.604 (0.91%). With
// the STS-winning Similarity ranking and the ECB+ score admitting, 0.604,
// and never the demo gold.
// So a second score would not earn its place on grouping, and would only
// let Similarity chase STS.
//
// Nor, yet, does fitting Similarity's one ridge on ECB+ pairs beside STS
// (issue 14, round 31, at main 00789eb): ECB+ pairs with their features
// as in a comparison of their topic (each topic's sentences one corpus),
// the positive ones taught a grade, the negative and trap ones 0 to 0.3,
// all weighed λ times the STS pairs, λ and the grades chosen by STS's
// 10-fold CV (the ECB+ pairs in every fold) and the look-alike AUC held
// out over five folds of topics. It ranks look-alikes apart and keeps STS
// above 0.80: with FRareMin and FVecCosine, positives 0.6, negatives 0.2,
// λ 0.35 gives STS CV 0.8052, dev 0.8033, held-out AUC 0.7796 (λ 0.5:
// 0.8032, 0.8012, 0.7834; λ 0: 0.8085, 0.8036, 0.7525). But with
// FVecCosine the demo's "60 percent … Brackwater County" trap groups at
// every λ and grade tried: its true counterpart, "setting only a 60%
// goal", falls below it, both link as mutual best matches by mutualMass,
// and the stronger is taken first. With FRareMin alone and the three
// kinds of pair weighed equally the demo gold holds for λ ≤ 0.2 with
// positives at 0.8 (≤ 0.15 at 0.6). Positives 0.8, λ 0.2: STS CV 0.8021,
// dev 0.8004, AUC 0.7745 held out (0.7810 in sample); at the shipped
// grouping ECB+ 0.872, 0.620, 0.11% (main 0.862, 0.665, 0.64%), BASIL's
// divergent-framing F1 0.395 CV, 0.426 shipped (0.428, 0.434), and
// TestFitToldDifferently's fit turns the "told differently?" hedge off.
// Positives 0.6, λ 0.1: STS CV 0.8027, dev 0.7994, AUC 0.7733; ECB+ 0.869,
// 0.606, 0.34%, framing F1 0.432, 0.447, told bar fit 0.525 (above
// toldMin). TestFitGrouping's nested protocol on 61 settings near the
// shipped one picks mutualMass 0.30 for both, held out over topics
// 0.853, 0.613, 0.24% (λ 0.2) and 0.871, 0.627, 0.43% (λ 0.1). At
// mutualMass 0.30 the λ 0.1 model keeps the demo gold (precision 0.90,
// recall 0.72), framing F1 0.434 CV, 0.438 shipped (though the framing
// fit then leaves the intensifiers out) and a told bar fit of 0.475. At
// mutualMass 0.33 61 of the sweep's 74 outputs change with either model;
// of 32 changed BASIL groups read (λ 0.2, 28 changes) 7 went wrong→right,
// 6 right→wrong; of 32 read for the λ 0.1 model at mutualMass 0.30, 8
// and 8. Not taken: it needs mutualMass and the framing tuning to
// move with it, and the full grid of TestFitGrouping (775 settings) to
// pick that grouping, which was not run. On the tree of round 31 merged
// (body sentences sharing only names no longer link, among others) the
// λ 0.1 model at mutualMass 0.30 gives in sample ECB+ 0.870, 0.608, 0.35%
// (that tree as shipped: 0.862, 0.667, 0.61%), look-alike AUC 0.7771,
// demo precision 0.90, recall 0.72, traps kept apart 8 of 9, framing F1
// 0.444 CV, 0.448 shipped (the fit again leaving the intensifiers out)
// and a told bar fit of 0.475: STS gains 0.014 for 0.059 of ECB+ recall,
// the main lever, and the full grid, started, did not finish in
// the round.
func without(xs []Features, fs ...int) []Features {
	out := make([]Features, len(xs))
	for i := range xs {
		out[i] = xs[i]
		for _, f := range fs {
			out[i][f] = 0
		}
	}
	return out
}
