import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program run to its end or to a time limit, whatever it writes read as it comes.
///
/// Its standard output and error share one pipe, so a program that fills one of them cannot
/// stall while the other is read; only the last `kept` bytes are kept, so an endless stream
/// costs no memory. The program starts with no signal blocked and the usual handlers for the
/// signals that stop it (a blocked mask or an ignored `SIGINT` is otherwise inherited, and
/// Ctrl-C or a CI's cancel would leave it running). At the time limit it is killed.
struct ChildProcess {
    /// How the program ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed at the time limit.
        case outOfTime
        /// Its end could not be learned (it could not be waited for).
        case unknown
    }

    /// Its ending and the end of what it wrote.
    struct Outcome {
        var ending: Ending
        var output: String
    }

    /// Why the program could not be started: the error number of `posix_spawn`.
    struct StartFailure: Error {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    private static let starting = Mutex(())

    /// The signals a program must be able to receive to be stopped.
    static let stopSignals = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE]

    /// Runs `program` with `arguments`, its input empty, and waits at most `timeLimit` seconds.
    static func run(
        _ program: String, _ arguments: [String], timeLimit: Double, kept: Int = 4 * 1024
    ) throws(StartFailure) -> Outcome {
        // The pipe is made closed-on-exec in two steps (`pipe2` is not in Swift's Glibc): one
        // program is started at a time, so no other one inherits its writing end between them
        // (which would keep this one from ever seeing the end of its output).
        let started: Result<(reading: Int32, pid: pid_t), StartFailure> = starting.withLock { _ in
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { return .failure(StartFailure(code: errno)) }
            let (reading, writing) = (ends[0], ends[1])
            _ = fcntl(reading, F_SETFD, FD_CLOEXEC)
            _ = fcntl(writing, F_SETFD, FD_CLOEXEC)
            defer { close(writing) }
            do throws(StartFailure) {
                return .success((reading, try spawn(program, arguments, output: writing)))
            } catch {
                close(reading)
                return .failure(error)
            }
        }
        let (reading, pid) = try started.get()
        defer { close(reading) }
        let deadline = Date().addingTimeInterval(timeLimit)
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32?
        var outOfTime = false
        while status == nil {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                outOfTime = true
                break
            }
            var watched = pollfd(fd: reading, events: Int16(POLLIN), revents: 0)
            // In slices: a program that ended while a child of its own holds the pipe is seen.
            let ready = poll(&watched, 1, Int32(min(left * 1000, 250)) + 1)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 {
                if ready < 0 { break }
                status = reaped(pid, waiting: false)
                continue
            }
            let count = read(reading, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            output += buffer[..<count]
            if output.count > 2 * kept { output.removeFirst(output.count - kept) }
        }
        if outOfTime { kill(pid, SIGKILL) }
        let ended = status ?? reaped(pid, waiting: true)
        let text = String(decoding: output.suffix(kept), as: UTF8.self)
        if outOfTime { return Outcome(ending: .outOfTime, output: text) }
        guard let ended else { return Outcome(ending: .unknown, output: text) }
        // The wait status's parts, as WIFEXITED, WEXITSTATUS and WTERMSIG read them.
        let signal = ended & 0x7f
        return Outcome(ending: signal == 0 ? .exited((ended >> 8) & 0xff) : .signalled(signal), output: text)
    }

    /// The wait status of `pid` if it has ended (waiting for it to, if `waiting`); nil if it
    /// has not, or cannot be waited for.
    private static func reaped(_ pid: pid_t, waiting: Bool) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, waiting ? 0 : WNOHANG)
            if result == pid { return status }
            if result < 0 && errno == EINTR { continue }
            return nil
        }
    }

    private static func spawn(_ program: String, _ arguments: [String], output: Int32) throws(StartFailure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var usual = sigset_t()
        sigemptyset(&usual)
        for signal in stopSignals { sigaddset(&usual, signal) }
        posix_spawnattr_setsigdefault(&attributes, &usual)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        guard code == 0 else { throw StartFailure(code: code) }
        return pid
    }
}
