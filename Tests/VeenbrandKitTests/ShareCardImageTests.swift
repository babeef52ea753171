import Foundation
import Testing

@testable import VeenbrandKit

/// The share cards and image crops, made by libvips and read back by libvips.
@Suite struct ShareCardImageTests {
    static let logo = Array(
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#5a1f07"/>\
        <path d="M16 5c2 5 7 7 7 14a7 7 0 0 1-14 0" fill="#f6b042"/></svg>
        """.utf8)

    static let style = CardStyle(siteName: "Radicale vernieuwing jeugdzorg", domain: "www.example.org", logo: logo)

    func size(of bytes: [UInt8]) throws -> (Int, Int, String) {
        let picture = try TestSite.picture(Data(bytes))
        return (picture.width, picture.height, picture.format)
    }

    @Test func aCardIs1200By630PNGUnder300KBAndTheSameEveryTime() throws {
        let title = "Ervaringsdeskundigen zetten de toon: bestuurders & professionals <positief>"
        let card = try ShareCardImage.render(title: title, style: Self.style)
        let (width, height, loader) = try size(of: card)
        #expect(width == 1200 && height == 630)
        #expect(loader == "png")
        #expect(card.count < 300_000)
        #expect(try ShareCardImage.render(title: title, style: Self.style) == card)
        #expect(try ShareCardImage.render(title: title + "!", style: Self.style) != card)
    }

    @Test func aVeryLongTitleStillFitsTheCard() throws {
        let title = String(repeating: "Jeugdzorgvernieuwingsbeweging in het hele land ", count: 12)
        let card = try ShareCardImage.render(title: title, style: Self.style)
        let (width, height, _) = try size(of: card)
        #expect(width == 1200 && height == 630)
    }

    @Test func aPhotoIsCroppedTo1200By630JPEG() throws {
        let svg = Array(
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="900">\
            <rect width="800" height="900" fill="green"/></svg>
            """.utf8)
        let photo = try Vips.encode(
            try Vips.image("svgload_buffer", ["buffer": .bytes(svg)]), "pngsave_buffer")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("photo-\(UUID().uuidString).png")
        try Data(photo).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let crop = try ShareCardImage.crop(imageAt: file.path)
        let (width, height, loader) = try size(of: crop)
        #expect(width == 1200 && height == 630)
        #expect(loader == "jpeg")
    }

    @Test func aFileThatIsNoImageFailsWithLibvipsReason() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).jpg")
        try Data("not a jpeg".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: Vips.Failure.self) { try Vips.load(file.path) }
    }
}
