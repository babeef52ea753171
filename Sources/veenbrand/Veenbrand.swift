import ArgumentParser
import VeenbrandKit

@main
struct Veenbrand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the Radicale vernieuwing jeugdzorg site from content/ and theme/.",
        version: VeenbrandVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self)
}
