extension SiteAddresses {
    /// The page on following the site: `/volgen/`.
    var follow: SitePath { folder(.follow) }

    /// Where the follow page shows the feed of a topic (`.themes`) or keyword (`.keywords`):
    /// the anchor `themas-pleegzorg`, made of the same words as the addresses.
    func followAnchor(_ word: AddressWord, _ slug: Slug) -> String { "\(words[word])-\(slug.value)" }
    /// The follow page's place for the agenda's feed, and for its calendar.
    var agendaFollowAnchor: String { words[.agenda] }
    var calendarFollowAnchor: String { "\(words[.agenda])-ics" }
}

/// `/volgen/`: following the site, in plain words: what a feed is, the free apps that read
/// one, and the address of every feed to copy into one (the site's, the agenda's and its
/// calendar, each topic's and each keyword's), each in a read-only field. The visible "follow"
/// links of the pages lead here, a topic's or keyword's to its own feed's anchor; the pages'
/// `<link rel="alternate">` name the feeds themselves, for feed readers.
final class FollowPage: Producer {
    let name = "the follow page"
    let kind = OutputKind.page
    /// A feed or calendar as the page offers it: its anchor, its name, the absolute address to
    /// copy, and the page it follows.
    static let feed = TemplateShape(
        "a feed to follow", [.text("id"), .text("name"), .text("address"), .text("page")])
    static let shape = PageValues.root(
        "the follow page",
        [
            .object("siteFeed", feed), .object("agendaFeed", feed), .object("calendar", feed), .text("webcal"),
            .list("themes", feed), .list("keywords", feed), .flag("hasThemes"), .flag("hasKeywords"),
        ])
    let templates = [TemplateUse("follow", FollowPage.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(addresses.follow, self, sitemap: SitemapListing(lastModified: nil))]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let addresses = context.addresses
        let title = context.strings["followTitle"]
        let page = context.meta(
            title, path: addresses.follow, section: .follow, description: context.strings["followLead"])
        func feed(_ id: String, _ name: String, _ address: SitePath, page: SitePath) -> TemplateValue {
            Self.feed.record([
                "id": .text(id), "name": .text(name), "address": .text(context.absolute(address)),
                "page": .text(context.href(page)),
            ])
        }
        let themes = context.site.topics.map {
            feed(
                addresses.followAnchor(.themes, $0.slug), $0.name, addresses.topicFeed($0.slug),
                page: addresses.topic($0.slug))
        }
        let keywords = context.site.keywords.map {
            feed(
                addresses.followAnchor(.keywords, $0.slug), $0.name,
                addresses.keywordFeed($0.slug), page: addresses.keyword($0.slug))
        }
        let hasAgenda = !context.site.events.isEmpty
        let agenda = context.strings["agenda"]
        let calendar = context.absolute(addresses.agendaCalendar)
        return context.render(
            "follow",
            context.page(
                Self.shape, page,
                [
                    "siteFeed": feed(addresses.words[.articles], context.config.title, .feed, page: .root),
                    "agendaFeed": hasAgenda
                        ? feed(addresses.agendaFollowAnchor, agenda, addresses.agendaFeed, page: addresses.agenda)
                        : nil,
                    "calendar": hasAgenda
                        ? feed(
                            addresses.calendarFollowAnchor, context.strings["followCalendarName"],
                            addresses.agendaCalendar, page: addresses.agenda) : nil,
                    "webcal": hasAgenda ? .text("webcal" + calendar.drop { $0 != ":" }) : nil,
                    "themes": .list(themes), "hasThemes": .flag(!themes.isEmpty), "keywords": .list(keywords),
                    "hasKeywords": .flag(!keywords.isEmpty),
                ]))
    }

    /// The link to the follow page's part on a topic's or keyword's feed.
    static func link(_ word: AddressWord, _ slug: Slug, _ context: RenderContext) -> String {
        context.href(context.addresses.follow) + "#" + context.addresses.followAnchor(word, slug)
    }
}
