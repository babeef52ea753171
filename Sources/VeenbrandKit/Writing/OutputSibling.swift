/// What Veenbrand keeps beside an output folder is named `.<name>.<suffix>` (`.output.cache`,
/// `.output.previous`, `.output.manifest.json`, …), so it never mixes with the site itself.
enum OutputSibling {
    /// The path of `.<name>.<suffix>` beside the output folder `output`.
    static func path(_ suffix: String, beside output: String) -> String {
        let slash = output.lastIndex(of: "/").map { output.index(after: $0) } ?? output.startIndex
        return output[..<slash] + "." + output[slash...] + "." + suffix
    }
}
