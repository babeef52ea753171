<?xml version="1.0" encoding="utf-8"?>
<!-- How a browser shows the site's feeds: a page that says what a feed is and how to follow it.
     Feed readers do not use it. Words from theme/i18n, styles from the site's style.css. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
<xsl:template match="/">
<html lang="nl">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<title>RSS-feed: <xsl:value-of select="rss/channel/title"/></title>
<link rel="stylesheet" href="/sub/assets/style.css"/>
</head>
<body>
<header class="site-header">
<div class="wrap site-header-inner">
<a class="brand" href="/sub/"><span class="brand-short">Beweging met eigen adreswoorden</span></a>
</div>
</header>
<main id="_inhoud" class="wrap" tabindex="-1">
<article class="article standalone feed-page">
<header class="article-header">
<p class="meta">RSS-feed</p>
<h1><xsl:value-of select="rss/channel/title"/></h1>
</header>
<div class="prose">
<p>Dit is een RSS-feed: een lijst van de nieuwste artikelen die een feedlezer voor je bijhoudt. Volg je deze feed, dan zie je nieuwe artikelen vanzelf in je feedlezer, zonder de site te bezoeken en zonder je e-mailadres te geven.</p>
<h2>Zo volg je deze feed</h2>
<ol>
<li>Kopieer dit adres:<br/><code class="feed-address"><xsl:value-of select="rss/channel/atom:link/@href"/></code></li>
<li>Plak het in je feedlezer, bij ‘Abonneren’, ‘Toevoegen’ of het plusteken.</li>
</ol>
<p>Heb je nog geen feedlezer? Bekende, gratis feedlezers zijn Feedly en Inoreader (in de browser en als app), NetNewsWire (iPhone, iPad en Mac) en Feeder (Android).</p>
<h2>Nieuwste artikelen in deze feed</h2>
<ul class="feed-items">
<xsl:for-each select="rss/channel/item">
<li><xsl:variable name="month" select="substring(pubDate, 9, 3)"/>
<a href="{link}"><xsl:value-of select="title"/></a><br/>
<span class="meta"><xsl:value-of select="number(substring(pubDate, 6, 2))"/><xsl:text> </xsl:text>
<xsl:choose><xsl:when test="$month = 'Jan'">januari</xsl:when><xsl:when test="$month = 'Feb'">februari</xsl:when><xsl:when test="$month = 'Mar'">maart</xsl:when><xsl:when test="$month = 'Apr'">april</xsl:when><xsl:when test="$month = 'May'">mei</xsl:when><xsl:when test="$month = 'Jun'">juni</xsl:when><xsl:when test="$month = 'Jul'">juli</xsl:when><xsl:when test="$month = 'Aug'">augustus</xsl:when><xsl:when test="$month = 'Sep'">september</xsl:when><xsl:when test="$month = 'Oct'">oktober</xsl:when><xsl:when test="$month = 'Nov'">november</xsl:when><xsl:when test="$month = 'Dec'">december</xsl:when></xsl:choose>
<xsl:text> </xsl:text><xsl:value-of select="substring(pubDate, 13, 4)"/></span></li>
</xsl:for-each>
</ul>
<p><a href="{rss/channel/link}">Naar de site</a></p>
</div>
</article>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
