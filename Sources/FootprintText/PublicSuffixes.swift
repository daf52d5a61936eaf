/// Registrable domains without the network: the multi-label public suffixes that matter for
/// posts (country second levels, hosting platforms), and the TLDs that mark a bare domain in
/// prose. Unlisted TLDs follow the Public Suffix List's default rule: the TLD alone.
public enum PublicSuffixes {
    /// Suffixes under which every label is a separate registrant.
    static let multiLabel: Set<String> = [
        // Country second levels.
        "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "ac.uk", "gov.uk", "nhs.uk", "police.uk", "sch.uk",
        "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
        "co.nz", "net.nz", "org.nz", "govt.nz", "ac.nz", "school.nz",
        "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "ed.jp",
        "com.br", "net.br", "org.br", "gov.br", "edu.br",
        "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn",
        "co.in", "net.in", "org.in", "gov.in", "ac.in", "nic.in",
        "co.za", "org.za", "gov.za", "ac.za",
        "com.mx", "org.mx", "gob.mx", "edu.mx",
        "com.ar", "gob.ar", "com.co", "gov.co", "com.pe", "gob.pe", "com.ve", "cl.cl",
        "com.tr", "gov.tr", "edu.tr", "org.tr",
        "com.sg", "edu.sg", "gov.sg", "com.hk", "gov.hk", "com.tw", "gov.tw",
        "co.kr", "or.kr", "go.kr", "com.my", "gov.my", "co.id", "go.id", "co.th", "go.th",
        "com.ph", "gov.ph", "com.vn", "gov.vn", "com.pk", "gov.pk", "com.bd",
        "com.ng", "gov.ng", "co.ke", "go.ke", "com.gh", "com.eg", "gov.eg",
        "com.sa", "gov.sa", "co.il", "org.il", "ac.il", "gov.il", "co.ae", "gov.ae",
        "com.ua", "gov.ua", "com.pl", "gov.pl", "co.at", "or.at", "gv.at", "ac.at",
        "com.es", "gob.es", "gouv.fr", "co.hu", "com.gr", "gov.gr", "com.ru", "gov.ru",
        // Hosting platforms (the Public Suffix List's private section).
        "blogspot.com", "github.io", "gitlab.io", "netlify.app", "vercel.app", "herokuapp.com",
        "pages.dev", "workers.dev", "web.app", "firebaseapp.com", "appspot.com", "azurewebsites.net",
        "cloudfront.net", "s3.amazonaws.com", "wixsite.com", "myshopify.com", "neocities.org",
        "substack.com", "wordpress.com", "tumblr.com", "glitch.me", "repl.co", "ngrok.io",
    ]

    /// TLDs that make "word.tld" in prose a link. File extensions that are also TLDs (py, sh,
    /// rs, md, zip, mov, pl) are left out: "main.py" is not a website.
    public static let proseTLDs: Set<String> = [
        "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "io", "co", "ai", "app", "dev", "me",
        "tv", "us", "uk", "ca", "au", "nz", "de", "fr", "nl", "be", "es", "it", "ch", "at", "se", "no", "dk",
        "fi", "ie", "pt", "ru", "cn", "jp", "kr", "in", "br", "mx", "ar", "za", "news", "blog", "online",
        "site", "xyz", "top", "club", "live", "shop", "store", "tech", "media", "press", "link", "ly", "gl",
        "gd", "to", "fm", "cc", "ws", "eu", "asia", "tk", "ml", "ga", "cf", "gq", "su", "ua", "tr", "gr",
        "cz", "hu", "ro", "il", "ae", "sa", "sg", "hk", "tw", "my", "id", "ph", "vn", "th", "ng", "ke", "eg",
        "pk", "bd", "ir", "lu", "is", "ee", "lv", "lt", "sk", "si", "hr", "rs", "bg", "cl", "pe", "ve", "uy",
        "org.uk", "website", "space", "world", "today", "report", "network", "social", "wiki", "icu", "lol",
    ]

    /// The registrable domain of a lowercased host, or nil for IP addresses and bare suffixes.
    public static func registrableDomain(of host: String) -> String? {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, !labels.contains(where: \.isEmpty) else { return nil }
        if labels.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return nil }  // IPv4
        if host.hasPrefix("[") || host.contains(":") { return nil }  // IPv6
        // Longest listed suffix wins; otherwise the TLD alone.
        for take in stride(from: min(3, labels.count - 1), through: 2, by: -1) {
            let suffix = labels.suffix(take).joined(separator: ".")
            if multiLabel.contains(suffix) {
                return labels.suffix(take + 1).joined(separator: ".")
            }
        }
        return labels.suffix(2).joined(separator: ".")
    }
}
