import FootprintRules
import FootprintScoring

/// An audit's report as one self-contained HTML file: no script, no network (styles inline,
/// charts as inline SVG), every piece of post text escaped and personal data masked unless
/// `showMatches`. It shows the posts per band, risk over time (posts per month, by band), the
/// categories, and the worst posts with their spans highlighted.
public struct HTMLReport {
    /// One audited post, as the report keeps it.
    public struct Post: Sendable {
        /// The file (or `zip!entry`) the post was read from; shown when the assessment has no id.
        public var source: String
        /// The platform it came from ("twitter", "mastodon", …).
        public var platform: String
        /// When it was posted, ISO 8601 (its year and month place it in the timeline), or nil when
        /// unknown.
        public var createdAt: String?
        /// Where the post can be seen, when the export says.
        public var url: String?
        /// The post's assessment: score, band, findings.
        public var assessment: Assessment
        /// The post's text (the assessment's offsets index it).
        public var text: [UInt8]

        /// A post read from `source`, with its export's platform, date and address, its assessment
        /// and its text.
        public init(source: String, platform: String, createdAt: String?, url: String?, assessment: Assessment, text: [UInt8]) {
            self.source = source
            self.platform = platform
            self.createdAt = createdAt
            self.url = url
            self.assessment = assessment
            self.text = text
        }
    }

    /// What the report shows (matched personal data masked unless `showMatches`).
    public let options: ReportOptions
    /// How many of the worst posts are shown in full.
    public let keep: Int
    private var bands: [Band: Int] = [:]
    private var months: [String: [Band: Int]] = [:]
    private var categories: [String: Int] = [:]
    private var worst: [Post] = []
    private var posts = 0
    private var errors = 0

    /// An empty report showing what `options` allow, with the `keep` worst posts in full.
    public init(options: ReportOptions, keep: Int = 50) {
        self.options = options
        self.keep = keep
    }

    /// Counts a post; keeps it when it is among the worst so far (memory stays bounded).
    public mutating func add(_ post: Post) {
        posts += 1
        let band = post.assessment.band
        bands[band, default: 0] += 1
        if let month = post.createdAt?.prefix(7), month.count == 7 { months[String(month), default: [:]][band, default: 0] += 1 }
        for factor in post.assessment.factors { categories[factor.category.rawValue, default: 0] += 1 }
        guard post.assessment.score > 0 else { return }
        worst.append(post)
        if worst.count > 2 * keep {
            worst.sort { $0.assessment.score > $1.assessment.score }
            worst.removeLast(worst.count - keep)
        }
    }

    /// Counts an input that could not be read.
    public mutating func addError() { errors += 1 }

    static let colors: [Band: String] = [.low: "#3b8a4a", .medium: "#c9a227", .high: "#d2542c", .critical: "#8e2a8c"]

    /// The whole document.
    public func render(title: String = "Footprint audit") -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
            .bands{display:flex;gap:.6rem}.band{flex:1;padding:.6rem;border-radius:6px;color:#fff}
            .band b{display:block;font-size:1.5rem}
            table{border-collapse:collapse}td,th{padding:.2rem .8rem;text-align:left;border-bottom:1px solid #ddd}
            .post{border:1px solid #ddd;border-radius:6px;padding:.7rem;margin:.7rem 0}
            .meta{color:#666;font-size:.85rem}.text{white-space:pre-wrap;margin:.4rem 0}
            mark{background:#ffd8cc;border-bottom:2px solid #d2542c;padding:0 1px}
            .score{float:right;font-weight:bold}ul{margin:.3rem 0;padding-left:1.2rem}
            </style></head><body>
            <h1>\(Self.escape(title))</h1>
            <p>\(posts) posts checked\(errors > 0 ? ", \(errors) inputs could not be read" : ""). Everything below was computed on this machine.</p>
            <div class="bands" id="bands">
            """
        for band in Band.allCases {
            html +=
                "<div class=\"band\" style=\"background:\(Self.colors[band] ?? "#888")\"><b>\(bands[band] ?? 0)</b>\(band.rawValue)</div>"
        }
        html += "</div>\n<h2>Risk over time</h2>\n" + timeline()
        html += "<h2>Categories</h2>\n<table id=\"categories\"><tr><th>category</th><th>posts</th></tr>"
        for (category, count) in categories.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            html += "<tr><td>\(Self.escape(category))</td><td>\(count)</td></tr>"
        }
        html += "</table>\n<h2>Worst posts</h2>\n<div id=\"worst\">"
        let shown = worst.sorted { ($0.assessment.score, $1.source) > ($1.assessment.score, $0.source) }.prefix(keep)
        if shown.isEmpty { html += "<p>No post has a finding.</p>" }
        for post in shown { html += card(post) }
        html += "</div>\n</body></html>\n"
        return html
    }

    /// Posts per month as stacked bars, one colour per band (inline SVG).
    private func timeline() -> String {
        let keys = months.keys.sorted()
        guard !keys.isEmpty else { return "<p>No post has a date.</p>\n" }
        let most = max(1, keys.map { months[$0, default: [:]].values.reduce(0, +) }.max() ?? 1)
        let barWidth = max(4, min(40, 900 / keys.count))
        let width = barWidth * keys.count + 40
        var svg =
            "<svg id=\"timeline\" role=\"img\" aria-label=\"posts per month by band\" width=\"\(width)\" height=\"170\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (index, month) in keys.enumerated() {
            var y = 140.0
            for band in Band.allCases {
                let count = months[month]?[band] ?? 0
                guard count > 0 else { continue }
                let height = 130.0 * Double(count) / Double(most)
                y -= height
                svg +=
                    "<rect x=\"\(20 + index * barWidth)\" y=\"\(y)\" width=\"\(barWidth - 1)\" height=\"\(height)\" fill=\"\(Self.colors[band] ?? "#888")\"><title>\(Self.escape(month)): \(count) \(band.rawValue)</title></rect>"
            }
        }
        svg += "<text x=\"20\" y=\"160\" font-size=\"11\">\(Self.escape(keys.first ?? ""))</text>"
        svg += "<text x=\"\(max(20, width - 70))\" y=\"160\" font-size=\"11\">\(Self.escape(keys.last ?? ""))</text></svg>\n"
        return svg
    }

    /// One post: its score, where it came from, its text with the spans marked, its findings.
    private func card(_ post: Post) -> String {
        let a = post.assessment
        var html =
            "<div class=\"post\"><span class=\"score\" style=\"color:\(Self.colors[a.band] ?? "#888")\">\(Int(a.score)) \(a.band.rawValue)</span>"
        html +=
            "<div class=\"meta\">\(Self.escape(post.platform)) · \(Self.escape(post.createdAt ?? "no date")) · \(Self.escape(a.id ?? post.source))</div>"
        html += "<div class=\"text\">" + highlighted(post) + "</div>"
        if !a.summary.isEmpty { html += "<div>\(Self.escape(a.summary))</div>" }
        html += "<ul>"
        for (index, finding) in a.findings.enumerated() {
            let advice = index < a.advice.count ? " — " + Self.escape(a.advice[index]) : ""
            html += "<li>\(Self.escape(finding.message(match: options.shown(finding))))\(advice)</li>"
        }
        return html + "</ul></div>\n"
    }

    /// The post's text, escaped, with each finding's span in `<mark>` and privacy spans masked.
    private func highlighted(_ post: Post) -> String {
        let text = post.text
        let spans = post.assessment.findings.map { ($0.range, $0.category == .privacy && !options.showMatches) }
        var cuts = Set([0, text.count])
        for (range, _) in spans where range.upperBound <= text.count {
            cuts.insert(range.lowerBound)
            cuts.insert(range.upperBound)
        }
        let edges = cuts.sorted()
        var html = ""
        for (from, to) in zip(edges, edges.dropFirst()) where from < to {
            var piece = String(decoding: text[from..<to], as: UTF8.self)
            let covering = spans.filter { $0.0.lowerBound <= from && to <= $0.0.upperBound }
            if covering.contains(where: { $0.1 }) { piece = Masking.mask(piece) }
            html += covering.isEmpty ? Self.escape(piece) : "<mark>" + Self.escape(piece) + "</mark>"
        }
        return html
    }

    /// Text made safe inside HTML elements and attribute values.
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
