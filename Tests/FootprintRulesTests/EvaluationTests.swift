import Footprint
import FootprintRules
import FootprintScoring
import FootprintText
import Testing

@Suite("Evaluation")
struct EvaluationTests {
    // MARK: Helpers

    /// A finding of `rule` over scalars `start..<end` (ASCII text, so bytes equal scalars).
    private func finding(_ rule: String, _ category: Category, entity: String? = nil, _ start: Int = 0, _ end: Int = 1)
        -> Finding
    {
        Finding(
            rule: rule, category: category, entity: entity, severity: .medium, confidence: 1, messageTemplate: "",
            range: start..<end, start: TextPosition(scalar: start, byte: start, line: 1, column: start + 1),
            end: TextPosition(scalar: end, byte: end, line: 1, column: end + 1), match: "x")
    }

    private func email(_ start: Int, _ end: Int, rule: String = "privacy/email-address") -> Finding {
        finding(rule, .privacy, entity: "EMAIL", start, end)
    }

    private func swear() -> Finding { finding("profanity/common-swearing", .profanity) }

    private func record(labels: [String: Bool]? = nil, spans: [GoldSpan]? = nil) -> EvaluationRecord {
        EvaluationRecord(text: String(repeating: "x", count: 100), labels: labels, spans: spans)
    }

    private func gold(_ type: String, _ start: Int, _ end: Int) -> GoldSpan { GoldSpan(type: type, start: start, end: end) }

    private func rule(_ id: String, _ category: Category, entity: String? = nil) -> Rule {
        Rule(id: id, kind: .lexicon, category: category, severity: .medium, confidence: 1, message: "m", entity: entity)
    }

    // MARK: Arithmetic

    @Test("precision, recall and F1 from counts; undefined ratios are nil")
    func arithmetic() {
        let counts = MatchCounts(truePositives: 3, falsePositives: 1, falseNegatives: 2)
        #expect(counts.precision == 0.75)
        #expect(counts.recall == 0.6)
        #expect(abs((counts.f1 ?? 0) - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
        #expect(counts.support == 5)
        #expect(counts.predicted == 4)
        let nothingPredicted = MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 4)
        #expect(nothingPredicted.precision == nil)
        #expect(nothingPredicted.recall == 0)
        #expect(nothingPredicted.f1 == 0)
        let nothingToFind = MatchCounts(truePositives: 0, falsePositives: 2, falseNegatives: 0)
        #expect(nothingToFind.recall == nil)
        #expect(nothingToFind.f1 == 0)
        #expect(MatchCounts().f1 == nil)
        #expect(MatchCounts(truePositives: 7).f1 == 1)
    }

    @Test("post-level confusion counts per category")
    func categories() {
        var evaluator = Evaluator()
        evaluator.add(record(labels: ["profanity": true]), findings: [swear()])  // TP
        evaluator.add(record(labels: ["profanity": true]), findings: [swear(), swear()])  // TP, counted once
        evaluator.add(record(labels: ["profanity": true]), findings: [])  // FN
        evaluator.add(record(labels: ["profanity": false]), findings: [swear()])  // FP
        evaluator.add(record(labels: ["profanity": false]), findings: [email(0, 5)])  // TN for profanity
        let report = evaluator.report()
        #expect(report.records == 5)
        let profanity = report.category("profanity")
        #expect(profanity?.posts == 5)
        #expect(profanity?.counts == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(profanity?.trueNegatives == 1)
        #expect(profanity?.counts.precision.map { abs($0 - 2.0 / 3) < 1e-12 } == true)
        #expect(profanity?.counts.recall.map { abs($0 - 2.0 / 3) < 1e-12 } == true)
        // A category nobody labels is not reported, however often it is predicted.
        #expect(report.category("privacy") == nil)
        #expect(report.categories.map(\.category) == ["profanity"])
    }

    @Test("records without labels count for no category; each record only for the categories it labels")
    func partialLabels() {
        var evaluator = Evaluator()
        evaluator.add(record(), findings: [swear()])
        evaluator.add(record(labels: [:]), findings: [swear()])
        evaluator.add(record(labels: ["hate": false]), findings: [swear()])
        evaluator.add(record(labels: ["hate": true, "profanity": true]), findings: [swear()])
        let report = evaluator.report()
        #expect(report.records == 4)
        #expect(report.category("hate")?.posts == 2)
        #expect(report.category("hate")?.counts == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.category("hate")?.trueNegatives == 1)
        #expect(report.category("profanity")?.posts == 1)
        #expect(report.category("profanity")?.counts == MatchCounts(truePositives: 1))
        #expect(report.spanRecords == 0)
        #expect(report.micro == nil)
    }

    @Test("--category restricts categories and rules, and lists a requested category even when unlabelled")
    func restriction() {
        var evaluator = Evaluator(
            categories: ["profanity", "hate"],
            rules: [rule("profanity/common-swearing", .profanity), rule("privacy/email-address", .privacy, entity: "EMAIL")])
        evaluator.add(
            record(labels: ["profanity": true, "privacy": true], spans: [gold("EMAIL", 0, 5)]), findings: [swear(), email(0, 5)])
        let report = evaluator.report()
        #expect(report.categories.map(\.category) == ["hate", "profanity"])
        #expect(report.category("hate")?.posts == 0)
        #expect(report.rules.map(\.rule) == ["profanity/common-swearing"])
        #expect(report.entities.isEmpty)
        #expect(report.spanRecords == 0)
    }

    // MARK: Spans

    @Test("exact and overlap matching per entity type")
    func exactVersusOverlap() {
        var evaluator = Evaluator()
        evaluator.add(
            record(spans: [gold("EMAIL", 10, 20), gold("EMAIL", 30, 40), gold("PHONE", 50, 60)]),
            findings: [email(10, 20), email(28, 35), finding("privacy/phone", .privacy, entity: "PHONE", 70, 80)])
        let report = evaluator.report()
        let emailMetrics = report.entity("EMAIL")
        #expect(emailMetrics?.support == 2)
        #expect(emailMetrics?.predicted == 2)
        #expect(emailMetrics?.exact == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(emailMetrics?.overlap == MatchCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
        let phone = report.entity("PHONE")
        #expect(phone?.exact == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(phone?.overlap == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(report.micro?.type == "*")
        #expect(report.micro?.exact == MatchCounts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(report.micro?.overlap == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(report.entities.map(\.type) == ["EMAIL", "PHONE"])
    }

    @Test("one-to-one: a gold span matches one prediction and a prediction one gold span")
    func oneToOne() {
        // Two predictions inside one gold span: one match, one false positive.
        var a = Evaluator()
        a.add(record(spans: [gold("EMAIL", 0, 30)]), findings: [email(0, 10), email(15, 25)])
        #expect(a.report().entity("EMAIL")?.overlap == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))

        // One prediction across two gold spans: one match, one miss.
        var b = Evaluator()
        b.add(record(spans: [gold("EMAIL", 0, 10), gold("EMAIL", 12, 20)]), findings: [email(5, 15)])
        #expect(b.report().entity("EMAIL")?.overlap == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))

        // Exact pairs are made first, so a loose prediction cannot take an exactly matched gold span.
        var c = Evaluator()
        c.add(record(spans: [gold("EMAIL", 10, 20), gold("EMAIL", 25, 40)]), findings: [email(5, 30), email(10, 20)])
        let metrics = c.report().entity("EMAIL")
        #expect(metrics?.exact == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(metrics?.overlap == MatchCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    }

    @Test("identical predictions count once; touching spans do not overlap; other types never match")
    func predictionsEdgeCases() {
        var evaluator = Evaluator()
        evaluator.add(
            record(spans: [gold("EMAIL", 10, 20), gold("PHONE", 30, 40)]),
            findings: [email(10, 20), email(10, 20, rule: "privacy/other-email"), email(20, 25), email(30, 40)])
        let metrics = evaluator.report().entity("EMAIL")
        #expect(metrics?.predicted == 3)
        #expect(metrics?.exact == MatchCounts(truePositives: 1, falsePositives: 2, falseNegatives: 0))
        #expect(metrics?.overlap == MatchCounts(truePositives: 1, falsePositives: 2, falseNegatives: 0))
        #expect(
            evaluator.report().entity("PHONE")?.overlap == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    }

    @Test("an empty spans list makes every prediction a false positive; no spans key ignores spans")
    func emptyAndMissingSpans() {
        var evaluator = Evaluator()
        evaluator.add(record(spans: []), findings: [email(0, 5)])
        evaluator.add(record(), findings: [email(0, 5)])
        let report = evaluator.report()
        #expect(report.spanRecords == 1)
        #expect(report.entity("EMAIL")?.exact == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(report.micro?.overlap.precision == 0)
        #expect(report.micro?.overlap.recall == nil)
    }

    @Test("only privacy findings with an entity are predicted spans")
    func onlyPrivacyEntities() {
        var evaluator = Evaluator()
        evaluator.add(
            record(spans: [gold("EMAIL", 0, 5)]),
            findings: [finding("privacy/doxxing", .privacy, 0, 5), finding("hate/x", .hate, entity: "EMAIL", 0, 5)])
        #expect(evaluator.report().entity("EMAIL")?.exact == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    }

    // MARK: Rules

    @Test("per-rule posts, labelled posts, precision and span precision")
    func rules() {
        var evaluator = Evaluator(rules: [
            rule("privacy/email-address", .privacy, entity: "EMAIL"), rule("profanity/common-swearing", .profanity),
            rule("hate/never", .hate),
        ])
        evaluator.add(record(labels: ["profanity": true], spans: []), findings: [swear(), swear()])
        evaluator.add(record(labels: ["profanity": false]), findings: [swear()])
        evaluator.add(record(), findings: [swear()])  // fired, but the record labels nothing
        evaluator.add(
            record(labels: ["privacy": true], spans: [gold("EMAIL", 10, 20), gold("EMAIL", 40, 50)]),
            findings: [email(10, 20), email(45, 60), email(70, 80)])
        evaluator.add(record(labels: ["privacy": false]), findings: [email(0, 5)])
        let report = evaluator.report()
        #expect(report.rules.map(\.rule) == ["hate/never", "privacy/email-address", "profanity/common-swearing"])

        let swearing = report.rule("profanity/common-swearing")
        #expect(swearing?.posts == 3)
        #expect(swearing?.labelledPosts == 2)
        #expect(swearing?.truePositivePosts == 1)
        #expect(swearing?.precision == 0.5)
        #expect(swearing?.spans == 0)
        #expect(swearing?.exactSpanPrecision == nil)

        let mail = report.rule("privacy/email-address")
        #expect(mail?.entity == "EMAIL")
        #expect(mail?.posts == 2)
        #expect(mail?.labelledPosts == 2)
        #expect(mail?.truePositivePosts == 1)
        #expect(mail?.precision == 0.5)
        #expect(mail?.spans == 3)  // only the record with spans counts
        #expect(mail?.exactSpanMatches == 1)
        #expect(mail?.overlapSpanMatches == 2)
        #expect(mail?.overlapSpanPrecision.map { abs($0 - 2.0 / 3) < 1e-12 } == true)

        let never = report.rule("hate/never")
        #expect(never == RuleMetrics(rule: "hate/never", category: "hate", entity: nil))
        #expect(never?.precision == nil)
    }

    @Test("merging evaluators adds their counts")
    func merge() {
        var a = Evaluator()
        var b = Evaluator()
        var whole = Evaluator()
        let items: [(EvaluationRecord, [Finding])] = [
            (record(labels: ["profanity": true]), [swear()]),
            (record(labels: ["profanity": false], spans: [gold("EMAIL", 0, 5)]), [email(0, 5), swear()]),
            (record(spans: [gold("EMAIL", 0, 5)]), [email(2, 8)]),
        ]
        for (index, item) in items.enumerated() {
            if index % 2 == 0 { a.add(item.0, findings: item.1) } else { b.add(item.0, findings: item.1) }
            whole.add(item.0, findings: item.1)
        }
        a.recordError()
        whole.recordError()
        a.merge(b)
        #expect(a.report() == whole.report())
    }

    // MARK: Floors and rendering

    @Test("F1 floors: below, equal at three decimals, undefined, unlabelled")
    func floors() {
        var evaluator = Evaluator()
        evaluator.add(record(labels: ["profanity": true, "hate": false, "privacy": true]), findings: [swear()])
        evaluator.add(record(labels: ["profanity": true, "privacy": true]), findings: [])
        let report = evaluator.report()
        // profanity F1 = 2/3, privacy F1 = 0, hate: undefined.
        #expect(report.floorViolations(["profanity": 0.667]).isEmpty)
        #expect(report.floorViolations(["profanity": 0.6]).isEmpty)
        #expect(report.floorViolations(["profanity": 0.7]) == ["F1 of profanity is 0.667, below the floor 0.700"])
        #expect(report.floorViolations(["hate": 0.5]).first?.contains("undefined") == true)
        #expect(report.floorViolations(["harassment": 0.5]).first?.contains("no record labels it") == true)
        #expect(report.floorViolations(["privacy": 0, "profanity": 1]).count == 1)
    }

    @Test("three-decimal formatting")
    func decimals() {
        #expect(EvaluationFormat.decimal(nil) == "-")
        #expect(EvaluationFormat.decimal(0) == "0.000")
        #expect(EvaluationFormat.decimal(1) == "1.000")
        #expect(EvaluationFormat.decimal(2.0 / 3) == "0.667")
        #expect(EvaluationFormat.decimal(0.0405) == "0.041")
        #expect(EvaluationFormat.decimal(12.5) == "12.500")
    }

    @Test("the table has the three sections with aligned columns")
    func table() {
        var evaluator = Evaluator(rules: [rule("profanity/common-swearing", .profanity)])
        evaluator.add(record(labels: ["profanity": true], spans: [gold("EMAIL", 0, 5)]), findings: [swear(), email(0, 5)])
        let table = EvaluationFormat.table(evaluator.report())
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(table.contains("Categories (post level, 1 records)"))
        #expect(table.contains("Entities (span level, 1 records with spans)"))
        #expect(table.contains("\nRules\n"))
        let header = lines.first { $0.contains("category") && $0.contains("precision") && $0.contains("tn") }
        let row = lines.first { $0.hasPrefix("  profanity") }
        #expect(header != nil && row != nil)
        if let header, let row {
            // Right-aligned numbers end under their headings.
            #expect(header.count == row.count)
            #expect(row.hasSuffix("1.000   1.000  1.000"))
        }
        #expect(lines.contains { $0.hasPrefix("  all (micro)  exact") })
        #expect(lines.contains { $0.hasPrefix("  privacy/email-address") })
    }

    @Test("empty report sections say so")
    func emptyTable() {
        let table = EvaluationFormat.table(Evaluator().report())
        #expect(table.contains("no record has labels"))
        #expect(table.contains("no record has spans"))
        #expect(table.contains("no rule evaluated"))
    }

    // MARK: Decoding

    @Test("decoding a full record")
    func decodeRecord() throws {
        let line =
            #"{"id": 7, "text": "mail 👩 jane@example.com", "labels": {"privacy": true, "hate": false, "x": null}, "#
            + #""spans": [{"type": "EMAIL", "start": 7, "end": 23, "note": "ok"}], "functionality": "f"}"#
        let record = try EvaluationRecord.decode(line: line, lineNumber: 3).get()
        #expect(record.id == "7")
        #expect(record.text == Array("mail 👩 jane@example.com".utf8))
        #expect(record.labels == ["privacy": true, "hate": false])
        #expect(record.spans == [GoldSpan(type: "EMAIL", start: 7, end: 23)])
        #expect(record.line == 3)

        let bare = try EvaluationRecord.decode(line: "\u{FEFF}{\"text\": \"hi\"}\r").get()
        #expect(bare.id == nil)
        #expect(bare.labels == nil)
        #expect(bare.spans == nil)
        #expect(try EvaluationRecord.decode(line: #"{"text": "hi", "spans": []}"#).get().spans == [])
        #expect(try EvaluationRecord.decode(line: #"{"text": "hi", "labels": null, "spans": null}"#).get().spans == nil)
    }

    @Test(
        "decoding errors name the problem",
        arguments: [
            ("", "empty line"),
            ("{\"text\": ", "invalid JSON"),
            ("[1]", "expected a JSON object"),
            (#"{"id": "a"}"#, "missing field 'text'"),
            (#"{"text": 3}"#, "field 'text' must be a string"),
            (#"{"text": "a", "id": true}"#, "field 'id'"),
            (#"{"text": "a", "labels": ["hate"]}"#, "field 'labels' must be an object"),
            (#"{"text": "a", "labels": {"hate": "yes"}}"#, "label 'hate' must be true, false or null"),
            (#"{"text": "a", "spans": {}}"#, "field 'spans' must be an array"),
            (#"{"text": "a", "spans": [1]}"#, "span 1 must be an object"),
            (#"{"text": "abc", "spans": [{"start": 0, "end": 1}]}"#, "span 1 needs a non-empty string 'type'"),
            (#"{"text": "abc", "spans": [{"type": "X", "start": 0.5, "end": 1}]}"#, "span 1 needs integer"),
            (#"{"text": "abc", "spans": [{"type": "X", "start": 2, "end": 2}]}"#, "not a non-empty range"),
            (#"{"text": "abc", "spans": [{"type": "X", "start": 0, "end": 4}]}"#, "within the text's 3 scalars"),
        ])
    func decodeErrors(line: String, message: String) {
        switch EvaluationRecord.decode(line: line, lineNumber: 9) {
        case .success:
            Issue.record("expected a failure for \(line)")
        case .failure(let error):
            #expect(error.line == 9)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test("span offsets are Unicode scalars and meet findings of a real check")
    func realCheck() throws {
        let checker = try Checker()
        let session = try checker.makeSession()
        let text = "👩‍👩‍👧 mail jane@example.com"
        let record = try EvaluationRecord.decode(
            line: #"{"text": "\#(text)", "labels": {"privacy": true}, "spans": [{"type": "EMAIL", "start": 11, "end": 27}]}"#
        ).get()
        var evaluator = Evaluator(rules: checker.engine.rules)
        evaluator.add(record, try session.check(record.text, id: record.id))
        let report = evaluator.report()
        #expect(report.entity("EMAIL")?.exact == MatchCounts(truePositives: 1))
        #expect(report.category("privacy")?.counts == MatchCounts(truePositives: 1))
        #expect(report.rule("privacy/email-address")?.exactSpanPrecision == 1)
    }
}
