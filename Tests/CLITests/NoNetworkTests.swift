import Foundation
import Testing

/// Footprint opens no network connection: its commands make no socket(2) or connect(2) call
/// (traced with strace), and they work the same in a network namespace with no network at all.
@Suite("no network")
struct NoNetworkTests {
    /// Each command with personal data in its input, as a shell command line.
    static let commands = [
        "printf 'mail jane@example.com, call 415-555-0134' | \"$FOOTPRINT\" check --format json",
        "printf '{\"id\":1,\"text\":\"mail jane@example.com\"}\\n' | \"$FOOTPRINT\" check --jsonl --format jsonl",
        "\"$FOOTPRINT\" audit --fail-on never --report \"$TMP/report.html\" --delete-list \"$TMP/delete.txt\" '\(BadInputTests.fixtures)/archive.zip'",
        "printf 'mail jane@example.com' | \"$FOOTPRINT\" redact",
    ]

    @Test("no command makes a socket or connect call (strace)")
    func noSocketCalls() throws {
        guard CLI.succeeds("command -v strace") else {
            print("skipped: strace is not installed (apt-get install strace)")
            return
        }
        for command in Self.commands {
            let result = try CLI.shell(
                """
                export TMP=$(mktemp -d); trace=$TMP/trace
                strace -f -qq -e trace=socket,connect,bind,sendto,sendmsg -o "$trace" sh -c '\(command.replacingOccurrences(of: "'", with: "'\\''"))' > /dev/null 2>&1
                echo "status $?"; grep -v -- '--- SIG' "$trace"; rm -rf "$TMP"
                """)
            let lines = result.lines.filter { !$0.isEmpty }
            #expect(lines.first == "status 0" || lines.first == "status 1", "\(command): \(result.out) \(result.stderr)")
            #expect(lines.dropFirst().isEmpty, "\(command) made network calls:\n\(lines.dropFirst().joined(separator: "\n"))")
        }
    }

    @Test("every command gives the same output in a network namespace without network")
    func noNetworkNeeded() throws {
        guard CLI.succeeds("unshare -rn true") else {
            print("skipped: cannot make a network namespace here (unshare -rn)")
            return
        }
        for command in Self.commands {
            let plain = try CLI.shell("export TMP=$(mktemp -d); \(command); status=$?; rm -rf \"$TMP\"; exit $status")
            let isolated = try CLI.shell(
                "export TMP=$(mktemp -d); unshare -rn sh -c '\(command.replacingOccurrences(of: "'", with: "'\\''"))'; status=$?; rm -rf \"$TMP\"; exit $status"
            )
            #expect(isolated.status == plain.status, "\(command): \(isolated.stderr)")
            #expect(isolated.stdout == plain.stdout, "\(command)")
        }
    }
}
