/// Collects errors across a stage so that one run reports all of them.
struct ErrorCollector {
    private(set) var errors: [BuildError] = []

    mutating func add(_ error: BuildError) { errors.append(error) }
    mutating func add(contentsOf other: [BuildError]) { errors.append(contentsOf: other) }

    /// Runs `body`, keeping its value, or recording its errors and returning nil.
    mutating func collect<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as BuildError {
            errors.append(error)
        } catch let failure as BuildFailure {
            errors.append(contentsOf: failure.errors)
        } catch {
            errors.append(BuildError(path: "<internal>", "\(error)"))
        }
        return nil
    }

    /// Throws a `BuildFailure` if anything was collected.
    func check() throws(BuildFailure) {
        if !errors.isEmpty { throw BuildFailure(errors) }
    }
}
