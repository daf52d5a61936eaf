import FootprintText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the people detectors work out about a post, once for all of them: its words, schools,
/// people and absences. The engine runs every detector of a post one after the other on one
/// thread, so each thread keeps the analysis of the last post it saw.
final class PeopleAnalysis {
    let words: Words
    private(set) lazy var schools: [SchoolMatch] = SchoolFinder.find(in: words)
    private(set) lazy var people: [PersonMatch] = PersonFinder.find(in: words, schools: schools)
    private(set) lazy var absences: [TokenSpan] = AbsenceFinder.find(in: words)

    init(_ text: AnalyzedText) {
        words = Words(text, table: PeopleLexicon.table)
    }

    /// The analysis of `text`: this thread's last one when it was of the same text, else a new one.
    static func of(_ text: AnalyzedText) -> PeopleAnalysis {
        let slot = AnalysisSlot.current
        if let cached = slot.analysis, slot.text === text { return cached }
        let analysis = PeopleAnalysis(text)
        slot.text = text
        slot.analysis = analysis
        return analysis
    }
}

/// A thread's last analysis. It holds the text weakly: a text that is gone is never matched
/// again, even if a new one takes its address.
private final class AnalysisSlot {
    weak var text: AnalyzedText?
    var analysis: PeopleAnalysis?

    static var current: AnalysisSlot {
        if let pointer = pthread_getspecific(slotKey) {
            return Unmanaged<AnalysisSlot>.fromOpaque(pointer).takeUnretainedValue()
        }
        let slot = AnalysisSlot()
        pthread_setspecific(slotKey, Unmanaged.passRetained(slot).toOpaque())
        return slot
    }
}

/// The thread-local key of `AnalysisSlot`; a thread's slot is released when the thread ends.
private let slotKey: pthread_key_t = {
    var key = pthread_key_t()
    #if canImport(Glibc)
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
    #else
        pthread_key_create(&key) { pointer in Unmanaged<AnyObject>.fromOpaque(pointer).release() }
    #endif
    return key
}()
