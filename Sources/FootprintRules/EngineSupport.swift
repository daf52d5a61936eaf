import CICUShim
import FootprintText
import Foundation

/// The engine's own word lists, for `unless`.
enum EngineLists {
    /// Words that negate what follows within a few words.
    static let negation: [Term] = apostrophes([
        "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "hardly", "cannot", "no one",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "mustn't", "ain't", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "cant", "wont", "shouldnt",
        "opposite of", "far from",
    ])

    /// Phrases that hold a negator but do not negate what follows: comparisons ("no one else is
    /// as …", "nothing but"), rhetorical questions ("isn't it obvious …", "why don't we …") and
    /// "can't help / can't stop".
    static let notNegation: [Term] = apostrophes([
        "nothing but", "nothing more than", "no more than", "no better than", "no one else", "nobody else", "none other",
        "nothing worse", "nothing else", "no doubt", "without a doubt", "without exception", "no wonder", "not only",
        "not just", "no matter", "can't help", "cannot help", "can't stop", "cannot stop", "don't forget",
        "never forget", "isn't it", "is it not", "aren't they", "are they not", "does this not", "doesn't this",
        "doesn't it", "don't they", "do they not", "why don't we", "why not", "not obvious", "not clear", "not realise",
        "not realize", "not recognise", "not recognize", "not see that", "not get that", "not understand that",
        "not agree", "don't you think", "wouldn't it", "won't stop", "nothing in the world", "nothing i like less",
    ])

    /// Words that frame what follows as quoted or reported: counter-speech and reporting.
    static let reportBefore: [Term] = apostrophes([
        "say", "says", "saying", "said", "call", "calls", "calling", "called", "stop calling", "stop saying", "quote", "quoting",
        "quoted",
        "tweeted", "wrote", "writing", "writes", "posted", "posting", "the word", "words like", "the term",
        "the slur", "slurs like", "yelled", "shouted", "screamed", "told me", "telling", "heard", "claim",
        "claims", "claiming", "accused", "reported", "condemn", "condemns", "stuff like", "things like",
        "messages like", "posts like", "comments like", "threats like", "wishing", "chanting", "spreading",
    ])

    /// Phrases that condemn what came just before ("… is wrong").
    static let reportAfter: [Term] = apostrophes([
        "is wrong", "are wrong", "was wrong", "is not ok", "is not okay", "isn't ok", "isn't okay", "is never ok",
        "is unacceptable", "is not acceptable", "is disgusting", "is hateful", "is offensive", "is racist",
        "is bigoted", "is hate speech", "is a slur", "is abuse", "are slurs", "has to stop", "have to stop",
        "must stop", "needs to stop", "need to stop", "is horrible", "is such a horrible", "is a horrible",
        "is awful", "is shameful", "says a lot about", "does not reflect well", "doesn't reflect well",
        "will get you banned", "gets you banned", "will get blocked", "will be blocked", "is not funny", "isn't funny",
        "is dangerous", "is vile", "is sickening", "is bigotry", "is hatred", "is hate", "is not normal",
    ])

    /// Function words telling a post's language (Latin-script languages; Arabic and Chinese
    /// are told by their script): a few chosen by hand (shared words appear in both languages),
    /// then each language's most frequent words that are not among the 300 most frequent of
    /// another language (wordfreq 3.1, CC BY-SA 4.0, see Rules/NOTICE.md).
    static let functionWords: [(String, [String])] = [
        (
            "en",
            [
                "the", "and", "are", "you", "they", "with", "have", "this", "that", "what", "should", "would",
                "these", "those", "them", "their", "i'm", "it's", "don't", "my", "of", "is", "was", "be", "we", "all",
                "like", "just", "so", "your", "can't", "not", "will", "can", "about", "because", "there", "people",
                "who", "to", "i", "for", "it", "i'll", "i've", "i'd", "we're", "they're", "you're", "won't", "every",
                "any", "at", "but", "from", "or", "his", "if", "up", "out", "has", "when", "more", "were", "her",
                "which", "get", "been", "she", "how", "some", "now", "other", "its", "our", "than", "good", "only",
                "after", "first", "him", "into", "know", "see", "two", "make", "think", "then", "could", "back", "us",
                "well", "said", "way", "most", "much", "very", "where", "may", "here", "need", "really", "did",
                "right", "being", "too",
            ]
        ),
        (
            "de",
            [
                "ich", "und", "die", "der", "das", "nicht", "sind", "ist", "ein", "eine", "sie", "wir", "du", "mit",
                "auf", "für", "alle", "diese", "zu", "es", "mich", "mir", "kein", "keine", "sollte", "sollten",
                "werden", "wird", "den", "dem", "auch", "nur", "von", "sich", "dass", "bei", "aber", "aus",
                "hat", "nach", "noch", "war", "wenn", "oder", "einen", "haben", "einer", "zum", "kann", "über",
                "dann", "einem", "schon", "habe", "mehr", "sein", "vor", "zur", "durch", "bis", "doch", "ihr",
                "immer", "jetzt", "wurde", "wieder", "sehr", "können", "muss", "uns", "bin", "unter", "vom", "gut",
                "gibt", "hatte", "ihre", "dieser", "gegen", "seine", "geht", "viel", "ganz", "machen", "denn",
                "meine", "damit", "dir", "einfach", "ohne", "weil", "beim", "etwas", "zwei", "mein", "eines", "seit",
                "soll",
            ]
        ),
        (
            "nl",
            [
                "ik", "het", "een", "zijn", "niet", "dat", "van", "je", "jij", "wij", "ze", "zij", "die", "deze",
                "mijn", "met", "voor", "alle", "moeten", "worden", "geen", "hebben", "heb", "wordt", "maar", "ook",
                "zo", "er", "hij", "dit", "wat", "mij", "hoe", "naar", "bij", "nog", "wel", "als", "om", "zich",
                "hun", "hem", "ons", "jullie", "waar", "wie", "omdat", "heeft", "hebt", "zou", "zouden", "kan",
                "kunnen", "moet", "gewoon", "echt", "allemaal", "iets", "niets", "iemand", "niemand", "mensen", "op",
                "aan", "door", "uit", "dan", "meer", "tot", "nu", "haar", "veel", "werd", "goed", "gaan", "gaat",
                "onze", "wil", "doen", "dus", "tegen", "maken", "alleen", "onder", "twee", "nieuwe", "weer", "zien",
                "zal", "eerste", "komt", "eens", "daar", "heel", "toch", "dag", "mee", "staat", "zoals", "komen",
                "toen", "ga", "tijdens", "altijd",
            ]
        ),
        (
            "fr",
            [
                "je", "les", "est", "sont", "pas", "une", "des", "et", "ils", "elles", "nous", "vous", "ces", "pour",
                "avec", "tous", "ne", "suis", "c'est", "sur", "dans", "du", "au", "aux", "qui", "le", "la", "il",
                "j'ai", "ce", "par", "plus", "ça", "elle", "tout", "fait", "comme", "être", "cette", "faire", "sa",
                "même", "ont", "était", "été", "mon", "ses", "aussi", "peut", "deux", "leur", "moi", "quand", "après",
                "très", "sans", "avoir", "où", "encore", "alors", "avait", "ans", "autres", "là", "peu", "autre",
                "rien", "fois", "faut", "toujours", "voir", "bon", "contre", "votre", "avant", "depuis", "donc",
                "notre", "sous", "jamais", "moins", "dont", "toi", "déjà", "quoi", "soit", "trop", "leurs", "ton",
                "toute", "chez", "gens", "juste", "oui", "vraiment", "ainsi",
                "tu", "un", "mes", "à", "de", "ma", "en",
            ]
        ),
        (
            "es",
            [
                "el", "los", "las", "son", "una", "por", "con", "para", "todos", "estos", "esos", "ellos", "ellas",
                "muy", "está", "están", "pero", "yo", "hay", "del", "que", "es", "deberían", "como", "la", "lo", "se",
                "más", "sus", "ya", "cuando", "sin", "fue", "también", "eso", "tiene", "qué", "así", "puede", "hasta",
                "hacer", "ahora", "esto", "hace", "donde", "mejor", "mucho", "tan", "ese", "han", "mismo", "siempre",
                "tengo", "después", "esa", "estoy", "otro", "otros", "otra", "cosas", "gran", "personas", "sea",
                "había", "tener", "creo", "cómo", "hecho", "quiero", "sólo", "aunque", "cuenta", "decir", "soy",
                "nuevo", "él", "aquí", "ella", "estas", "sí", "estaba", "hoy", "tienen", "alguien", "quien", "tres",
                "voy", "bueno", "mis", "nuestro", "luego", "nuestra", "pueden", "pues", "verdad", "mientras", "nadie",
                "un", "de", "mi", "tu", "unos", "unas", "ustedes", "al", "les", "te", "eres", "su", "este", "esta",
            ]
        ),
        (
            "it",
            [
                "io", "gli", "sono", "è", "che", "di", "tutti", "questi", "quelli", "loro", "della", "delle", "dei",
                "anche", "non", "per", "una", "il", "un", "mi", "ma", "essere", "dovrebbero", "li", "più", "nel",
                "alla", "questo", "ho", "ad", "dal", "nella", "cui", "stato", "ed", "questa", "tutto", "hanno", "tra",
                "fatto", "prima", "suo", "perché", "due", "sia", "fare", "così", "dalla", "degli", "dopo", "poi",
                "quello", "fa", "chi", "ancora", "molto", "senza", "mai", "ogni", "altri", "ora", "mio", "può", "mia",
                "sulla", "dove", "vita", "nei", "già", "quella", "quindi", "secondo", "hai", "proprio", "altro",
                "bene", "modo", "dai", "noi", "nelle", "vi", "persone", "sta", "mondo", "stata", "siamo", "stesso",
                "cose", "primo", "contro", "mentre", "tutte", "abbiamo", "oggi",
                "le", "ai", "al", "del", "te", "ti", "tu", "ha", "sei", "da",
            ]
        ),
        (
            "pt",
            [
                "eu", "são", "não", "uma", "os", "eles", "elas", "muito", "isso", "dos", "das", "esses", "estes",
                "todos", "para", "com", "um", "você", "que", "é", "em", "deveriam", "ser", "mas", "odeio", "foi",
                "ao", "seu", "tem", "ele", "já", "também", "meu", "pelo", "ela", "vai", "só", "pela", "bem", "até",
                "mesmo", "pode", "pessoas", "tudo", "ainda", "aqui", "fazer", "minha", "quem", "sem", "agora", "seus",
                "assim", "depois", "onde", "vou", "estão", "esse", "essa", "há", "tenho", "melhor", "bom", "foram",
                "aos", "apenas", "coisa", "sou", "suas", "dois", "quero", "mim", "outros", "hoje", "tão", "então",
                "nem", "nossa", "faz", "qual", "às", "quer", "estou", "nós", "novo", "pra", "seja", "maior", "outro",
                "primeiro", "lá", "qualquer", "sim", "acho", "alguém", "coisas",
                "o", "se", "essas", "na", "todas", "sua", "está",
            ]
        ),
        (
            "pl",
            [
                "jest", "są", "się", "że", "nie", "tych", "wszyscy", "wszystkie", "być", "powinni", "oni", "jak",
                "tak", "mnie", "ja", "na", "w", "z", "ci", "tego", "ich", "powinny", "dla", "tylko",
                "mam", "czy", "co", "ten", "ta", "te", "jestem", "był", "była", "byli", "już", "jego", "jej", "nich",
                "nas", "wy", "mi", "ze", "od", "po", "przez", "bardzo", "nigdy", "ludzie", "wszystkich",
                "żeby", "by", "kto", "gdy", "ale", "za", "tym", "może", "bo", "oraz", "będzie", "sobie", "jeśli",
                "też", "jeszcze", "które", "jako", "było", "kiedy", "który", "nawet", "teraz", "pod", "coś", "tam",
                "więc", "gdzie", "tej", "bez", "jednak", "lub", "wiem", "nic", "wszystko", "można", "przy", "przed",
                "więcej", "chyba", "ludzi", "także", "również", "takie", "ktoś", "niż", "dobrze", "zawsze", "która",
                "właśnie", "masz", "aby", "albo", "ty", "osób", "czas", "mają", "którzy", "podczas", "bardziej",
                "dlaczego",
            ]
        ),
        (
            "hi-Latn",
            [
                "hai", "hain", "ko", "ke", "ki", "ka", "mein", "nahi", "nahin", "aur", "ye", "yeh", "wo", "woh",
                "hum", "tum", "kya", "bhi", "sab", "sabhi", "unko", "inko", "mujhe", "hota", "hote", "chahiye",
                "logon", "jaise", "tha", "se", "mai", "hun", "hoon", "tere", "tera", "teri", "mere", "mera", "meri",
                "humari", "hamare", "unke", "unka", "inke", "iska", "uska", "agar", "lekin", "sirf", "ek", "koi", "kuch",
                "bahut", "bht", "ho", "raha", "rahi", "rahe", "karta", "karte", "karti", "kar", "jata", "jaye", "jayega",
                "saare", "liye", "wale", "wala", "jaisa", "jaisi", "apne", "apna", "khud",
            ]
        ),
    ]

    /// A language told by letters only it uses among the languages Footprint reads, for posts
    /// without a function word: ß ä ö ü (German), ą ę ł ń ś ź ż ć (Polish), ñ ¿ ¡ (Spanish),
    /// ã õ (Portuguese), ç œ ê è (French), ì ò (Italian).
    static func letterCue(in text: String) -> String? {
        for scalar in text.unicodeScalars where scalar.value >= 0xA1 {
            switch scalar {
            case "ß", "ä", "ö", "ü", "Ä", "Ö", "Ü": return "de"
            case "ą", "ę", "ł", "ń", "ś", "ź", "ż", "ć", "Ą", "Ę", "Ł", "Ś", "Ź", "Ż", "Ć": return "pl"
            case "ñ", "¿", "¡", "Ñ": return "es"
            case "ã", "õ", "Ã", "Õ": return "pt"
            case "ç", "œ", "ê", "è", "Ç", "Ê", "È": return "fr"
            case "ì", "ò", "Ì", "Ò": return "it"
            default: continue
            }
        }
        return nil
    }

    /// Every language a rule may name.
    static let languages: Set<String> = Set(functionWords.map(\.0) + ["ar", "zh"])

    /// Languages told by their script: Arabic letters (U+0600–U+06FF) and CJK ideographs
    /// (U+4E00–U+9FFF), from the UTF-8 lead bytes.
    static func scripts(in bytes: [UInt8]) -> Set<String> {
        var result: Set<String> = []
        for b in bytes where b >= 0xD8 {
            if b <= 0xDB {
                result.insert("ar")
            } else if b >= 0xE4 && b <= 0xE9 {
                result.insert("zh")
            }
            if result.count == 2 { break }
        }
        return result
    }

    /// Short words a glued word may be split into besides terms and known words ("stab" + "those").
    static let glue: [String] = Array(
        Set(functionWords.flatMap(\.1).filter { !$0.contains("'") })
            .union([
                "a", "i", "an", "to", "in", "on", "at", "for", "so", "much", "very", "just", "people", "person", "these",
                "those", "them", "you", "all", "every", "any", "some", "our", "your", "their", "me", "us", "he", "she",
                "it", "not", "no", "can", "will", "must", "are", "is", "be", "get", "go", "really", "completely",
                "totally", "absolutely", "such", "too", "more", "most", "ones", "folks", "behaviour", "behavior",
            ])
    ).sorted()

    /// The straight-apostrophe terms, each also with the typographic one.
    private static func apostrophes(_ plain: [String]) -> [Term] {
        (plain + plain.filter { $0.contains("'") }.map { $0.replacingOccurrences(of: "'", with: "\u{2019}") }).map {
            Term(text: $0)
        }
    }
}

/// Byte-level substring search for keyword prefilters.
enum ByteSearch {
    /// True when `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { ndl in
                fp_contains(hay.baseAddress, Int64(hay.count), ndl.baseAddress, Int64(ndl.count)) != 0
            }
        }
    }
}

/// Counting helpers for `occurrence` rules.
enum Occurrences {
    /// Runs of two or more characters from `chars` in UTF-8 text.
    static func runs(of chars: String, in bytes: [UInt8]) -> [Range<Int>] {
        let set = Set(chars.unicodeScalars.map(\.value))
        var runs: [Range<Int>] = []
        var start: Int?
        var i = 0
        var scalars = 0
        while i <= bytes.count {
            let width = i < bytes.count ? (bytes[i] < 0xC0 ? 1 : bytes[i] < 0xE0 ? 2 : bytes[i] < 0xF0 ? 3 : 4) : 1
            let inSet: Bool
            if i < bytes.count {
                let scalar = String(decoding: bytes[i..<min(i + width, bytes.count)], as: UTF8.self).unicodeScalars.first
                inSet = scalar.map { set.contains($0.value) } ?? false
            } else {
                inSet = false
            }
            if inSet {
                if start == nil { start = i; scalars = 0 }
                scalars += 1
            } else if let s = start {
                if scalars >= 2 { runs.append(s..<i) }
                start = nil
            }
            i += width
        }
        return runs
    }

    /// True when a span has two or more letters and all are capitals (mathematical capitals too).
    static func isCapitals(_ bytes: [UInt8], _ span: Range<Int>) -> Bool {
        let (letters, upper, _) = LetterCount.of(bytes, in: span)
        return letters >= 2 && upper == letters
    }
}

/// Whether a span stands inside quotation marks on its line.
enum Quotation {
    /// Quotation marks as UTF-8: " “ ” « » „.
    private static let marks: [[UInt8]] = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}"].map {
        Array($0.utf8)
    }

    /// The length of the quotation mark at `i`, or nil.
    private static func mark(at i: Int, in bytes: [UInt8]) -> Int? {
        for mark in marks where i + mark.count <= bytes.count && bytes[i..<(i + mark.count)].elementsEqual(mark) {
            return mark.count
        }
        return nil
    }

    /// True when the whole text is one quotation: it opens and closes with quotation marks (a
    /// final . ! or ? may follow) and holds no other. Works on the bytes, without copying.
    static func isOneQuotation(_ bytes: [UInt8]) -> Bool {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D {
            start += 1
        }
        while end > start,
            [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[end - 1])
        {
            end -= 1
        }
        guard let open = mark(at: start, in: bytes) else { return false }
        // The closing mark ends at `end`: every mark is 1 or 2–3 bytes long.
        guard let close = [1, 2, 3].first(where: { end - $0 >= start + open && mark(at: end - $0, in: bytes) == $0 }) else {
            return false
        }
        var i = start + open
        while i < end - close {
            if mark(at: i, in: bytes) != nil { return false }
            i += 1
        }
        return true
    }

    private static let pairs: [(open: String, close: String)] = [
        ("\u{201C}", "\u{201D}"), ("\u{00AB}", "\u{00BB}"), ("\u{201E}", "\u{201C}"), ("\u{2018}", "\u{2019}"),
    ]

    static func isQuoted(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        // A post that is one quotation and nothing else says it in the author's voice: sharing a
        // claim in quotation marks does not distance anyone from it.
        if isOneQuotation(bytes) { return false }
        var lineStart = range.lowerBound
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = range.upperBound
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let before = String(decoding: bytes[lineStart..<range.lowerBound], as: UTF8.self)
        let after = String(decoding: bytes[range.upperBound..<lineEnd], as: UTF8.self)
        // Straight double quotes: an odd number before, one after.
        if before.filter({ $0 == "\"" }).count % 2 == 1, after.contains("\"") { return true }
        for (open, close) in pairs {
            if let opened = before.range(of: open, options: .backwards),
                before[opened.upperBound...].range(of: close) == nil || open == close, after.range(of: close) != nil
            {
                return true
            }
        }
        // Straight single quotes used as quotation marks: not an apostrophe inside a word.
        if let opened = before.lastIndex(of: "'"),
            opened == before.startIndex || !(before[before.index(before: opened)].isLetter),
            let closed = after.firstIndex(of: "'")
        {
            let next = after.index(after: closed)
            return next == after.endIndex || !after[next].isLetter
        }
        return false
    }
}

/// The words around a match, within its clause.
enum Clause {
    /// Clause ends: punctuation (also the ideographic full stop and Arabic marks) and "but" in the
    /// languages the packs cover.
    private static let stops: Set<String> = [
        ".", "!", "?", ";", ":", "\u{2026}", "\u{3002}", "\u{061F}", "\u{061B}", "but", "however", "aber", "mais",
        "pero", "maar", "ale", "lekin", "magar", "但是", "可是", "لكن",
    ]

    /// Indices of up to `count` word tokens of the folded view before `token`, nearest last.
    static func wordsBefore(_ token: Int, count: Int, in text: AnalyzedText) -> [Int] {
        var result: [Int] = []
        var i = token - 1
        while i >= 0, result.count < count {
            let t = text.tokens[i]
            let word = text.text(of: t, in: text.folded)
            if stops.contains(word) { break }
            if t.isWordLike { result.append(i) }
            i -= 1
        }
        return result.reversed()
    }

    /// Indices of up to `count` word tokens of the folded view after `token`, nearest first.
    static func wordsAfter(_ token: Int, count: Int, in text: AnalyzedText) -> [Int] {
        var result: [Int] = []
        var i = token + 1
        while i < text.tokens.count, result.count < count {
            let t = text.tokens[i]
            let word = text.text(of: t, in: text.folded)
            if stops.contains(word) { break }
            if t.isWordLike { result.append(i) }
            i += 1
        }
        return result
    }
}

/// Disjoint byte ranges kept sorted, for "already reported here?" checks in logarithmic time.
struct SpanSet {
    private var spans: [Range<Int>] = []

    /// True when `range` overlaps a range in the set.
    func overlaps(_ range: Range<Int>) -> Bool {
        let i = firstEnding(after: range.lowerBound)
        return i < spans.count && spans[i].lowerBound < range.upperBound
    }

    /// Adds a range that overlaps none in the set.
    mutating func insert(_ range: Range<Int>) {
        spans.insert(range, at: firstEnding(after: range.lowerBound))
    }

    /// Index of the first range ending after `offset`.
    private func firstEnding(after offset: Int) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
