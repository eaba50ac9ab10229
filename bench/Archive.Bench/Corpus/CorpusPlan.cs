namespace Archive.Bench.Corpus;

/// <summary>
/// Everything about a corpus except the article bodies: groups (with their bodies), article front matter, offers
/// and free pages. Made from the seed alone, in a fixed order, so a seed always plans the same corpus.
/// </summary>
internal sealed class CorpusPlan
{
    private static readonly (string Id, string Name, string? Acronym, string Kind, string Orientation)[] FixedGroups =
    [
        ("government-of-iraq", "Government of Iraq", null, "government", "National government"),
        ("united-states-government", "United States Government", null, "government", "Foreign government"),
        ("us-led-coalition", "US-led Coalition", "MNF", "other", "Foreign military coalition"),
        ("un-assistance-mission", "United Nations Assistance Mission", "UNAM", "mediator", "International mediator"),
        ("council-of-representatives", "Council of Representatives", null, "state-body", "National parliament"),
        ("council-of-tribal-elders", "Council of Tribal Elders", null, "mediator", "Tribal mediators"),
    ];

    private static readonly string[] Orientations =
    [
        "Sunni nationalist insurgency", "Iran-backed Shia militia", "Salafist armed group", "Tribal militia",
        "Baathist insurgency", "Political movement with an armed wing", "Local self-defence force",
    ];

    private static readonly (string Kind, double Weight)[] ArticleKinds =
        [("news", 0.45), ("wire", 0.20), ("analysis", 0.12), ("opinion", 0.08), ("blog", 0.07), ("statement", 0.05), ("document", 0.03)];

    public required int Seed { get; init; }
    public required IReadOnlyList<GroupSpec> Groups { get; init; }
    public required IReadOnlyList<ArticleSpec> Articles { get; init; }
    public required IReadOnlyList<OfferSpec> Offers { get; init; }
    public required IReadOnlyList<PageSpec> Pages { get; init; }

    public static CorpusPlan Make(int articleCount, int seed)
    {
        var root = new Rng((ulong)(uint)seed * 0x2545F4914F6CDD1DUL + 1);
        var groups = MakeGroups(Math.Max(FixedGroups.Length + 4, (int)Math.Round(articleCount / 50.0)), root.Fork("groups"));
        var articles = MakeArticles(articleCount, groups, root.Fork("articles"));
        var offers = MakeOffers(Math.Max(3, (int)Math.Round(articleCount / 20.0)), groups, articles, root.Fork("offers"));
        WriteGroupBodies(groups, root.Fork("group-bodies"));
        var pages = MakePages(root.Fork("pages"));
        return new CorpusPlan { Seed = seed, Groups = groups, Articles = articles, Offers = offers, Pages = pages };
    }

    private static List<GroupSpec> MakeGroups(int count, Rng rng)
    {
        var names = new List<(string Name, string Kind, string ShortName)>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(FixedGroups.Select(g => g.Id), StringComparer.Ordinal);
        while (names.Count < count - FixedGroups.Length)
        {
            var roll = rng.NextDouble();
            var kind = roll < 0.55 ? "armed-group" : roll < 0.80 ? "militia" : roll < 0.92 ? "coalition" : roll < 0.97 ? "political-party" : "other";
            var kinds = kind == "coalition" ? Vocabulary.CoalitionNameKinds : kind == "political-party" ? Vocabulary.PartyNameKinds : Vocabulary.ArmedNameKinds;
            var adjective = rng.Pick(Vocabulary.NameAdjectives);
            var noun = rng.Pick(Vocabulary.NameNouns);
            var k = rng.Pick(kinds);
            var name = rng.Chance(0.5) ? $"{adjective} {noun} {k}" : $"{k} of the {adjective} {noun}";
            if (!usedNames.Add(name) || !usedIds.Add(Slug.Of(name))) continue;
            names.Add((name, kind, $"{adjective} {noun}"));
        }

        // Popularity: a random order of all groups, so the most written-about group may be a government or a militia.
        var ranks = rng.Shuffled(Enumerable.Range(0, count));
        var usedAcronyms = new HashSet<string>(FixedGroups.Where(g => g.Acronym is not null).Select(g => g.Acronym!), StringComparer.Ordinal);
        var groups = new List<GroupSpec>(count);
        for (var i = 0; i < FixedGroups.Length; i++)
        {
            var f = FixedGroups[i];
            groups.Add(new GroupSpec(f.Id, f.Name, f.Acronym, [], f.Kind, f.Orientation, [], [], null, [], Summary(rng, f.Name), ranks[i]));
        }
        var coalitions = new List<string>();
        foreach (var (name, kind, shortName) in names)
        {
            var id = Slug.Of(name);
            string? acronym = string.Concat(name.Split(' ').Where(w => w is not ("of" or "the")).Select(w => w[0]));
            if (!rng.Chance(0.7) || !usedAcronyms.Add(acronym)) acronym = null;
            var aliases = new List<string>();
            // A short form such as "Steadfast Horizon"; where two groups share one, mention linking leaves it alone.
            if (rng.Chance(0.3)) aliases.Add(shortName);
            var memberOf = new List<string>();
            if (coalitions.Count > 0 && (kind != "coalition" ? rng.Chance(0.45) : rng.Chance(0.15)))
            {
                // Only coalitions have members, and a coalition joins only an older coalition: no member_of cycles.
                memberOf.Add(rng.Pick(coalitions));
                if (kind != "coalition" && rng.Chance(0.2))
                {
                    var second = rng.Pick(coalitions);
                    if (second != memberOf[0]) memberOf.Add(second);
                }
            }
            var relations = new List<RelationSpec>();
            if (rng.Chance(0.3) && groups.Count > FixedGroups.Length)
            {
                var other = groups[rng.Between(FixedGroups.Length, groups.Count - 1)];
                relations.Add(new RelationSpec(rng.Pick(["allied-with", "rival-of", "splinter-of", "merged-into", "front-for"]), other.Id,
                    rng.Chance(0.5) ? "Described as such in the reports." : null));
            }
            var active = kind is "armed-group" or "militia" or "coalition" && rng.Chance(0.6) ? $"{rng.Between(2003, 2016)}/.." : null;
            var regions = Enumerable.Range(0, rng.Between(0, 3)).Select(_ => rng.Pick(Vocabulary.Regions)).Distinct().ToList();
            var orientation = kind == "coalition" ? "Umbrella body of armed groups" : rng.Pick(Orientations);
            groups.Add(new GroupSpec(id, name, acronym, aliases, kind, orientation, memberOf, relations, active, regions,
                Summary(rng, name), ranks[groups.Count]));
            if (kind == "coalition") coalitions.Add(id);
        }
        return groups;
    }

    private static string Summary(Rng rng, string name)
    {
        var text = new TextGenerator(rng);
        return $"{name}: {TextGenerator.Lower(text.Sentence())} {text.Sentence()}";
    }

    private static List<ArticleSpec> MakeArticles(int count, List<GroupSpec> groups, Rng rng)
    {
        var byRank = groups.OrderBy(g => g.Rank).ToList();
        var byId = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var zipf = new ZipfSampler(groups.Count, 1.0);
        var text = new TextGenerator(rng);
        var articles = new List<ArticleSpec>(count);
        for (var i = 0; i < count; i++)
        {
            var about = new List<string>();
            var wanted = Weighted(rng, [(1, 0.30), (2, 0.35), (3, 0.25), (4, 0.10)]);
            for (var tries = 0; about.Count < wanted && tries < 20; tries++)
            {
                var g = byRank[zipf.Next(rng)].Id;
                if (!about.Contains(g)) about.Add(g);
            }
            var published = EdtfDay.Random(rng);
            var outlet = rng.Pick(Vocabulary.Outlets);
            var main = byId[about[0]];
            var title = TextGenerator.Capitalise(rng.Chance(0.6)
                ? $"{main.Name} {rng.Pick(Vocabulary.TransitiveVerbs)} {rng.Pick(Vocabulary.Adjectives)} {rng.Pick(Vocabulary.Nouns)} {rng.Pick(Vocabulary.Prepositions)} {rng.Pick(Vocabulary.Places)}"
                : $"{text.NounPhrase()} {rng.Pick(Vocabulary.TransitiveVerbs)} {text.PrepositionalPhrase()}");
            var outletSlug = Slug.Of(outlet, 3);
            var id = $"{outletSlug}-{published.YearTerm}-{Slug.Of(title, 5)}-{i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}";
            var domain = $"{Slug.Of(outlet)}.example.com";
            var roll = rng.NextDouble();
            var rights = roll < 0.85 ? "full-text" : roll < 0.98 ? "excerpt" : "metadata-only";
            articles.Add(new ArticleSpec
            {
                Index = i,
                Id = id,
                Title = title,
                Kind = WeightedKind(rng),
                Source = outlet,
                Domain = domain,
                Authors = Enumerable.Range(0, Weighted(rng, [(0, 0.3), (1, 0.55), (2, 0.15)])).Select(_ => text.Person()).Distinct().ToList(),
                Published = published,
                Url = rng.Chance(0.7) ? $"https://{domain}/{published.YearTerm}/{Slug.Of(title, 6)}" : null,
                Rights = rights,
                Groups = about,
                Summary = text.Sentences(2, 3),
                TargetWords = rng.Between(600, 1200),
            });
        }
        return articles;
    }

    private static string WeightedKind(Rng rng)
    {
        var u = rng.NextDouble();
        foreach (var (kind, weight) in ArticleKinds)
        {
            if (u < weight) return kind;
            u -= weight;
        }
        return ArticleKinds[0].Kind;
    }

    private static int Weighted(Rng rng, (int Value, double Weight)[] choices)
    {
        var u = rng.NextDouble();
        foreach (var (value, weight) in choices)
        {
            if (u < weight) return value;
            u -= weight;
        }
        return choices[^1].Value;
    }

    private static List<OfferSpec> MakeOffers(int count, List<GroupSpec> groups, List<ArticleSpec> articles, Rng rng)
    {
        var text = new TextGenerator(rng);
        var byId = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var byDate = articles.OrderBy(a => a.Published.Day).ThenBy(a => a.Index).ToList();
        var addressees = groups.Where(g => g.Kind is "government" or "state-body" || g.Id == "us-led-coalition").Select(g => g.Id).ToList();
        var mediators = groups.Where(g => g.Kind == "mediator").Select(g => g.Id).ToList();
        var offerors = groups.Where(g => g.Kind is "armed-group" or "militia" or "coalition").ToList();
        var offers = new List<OfferSpec>(count);
        for (var i = 0; i < count; i++)
        {
            // Sources are articles close together in time: the reports of one offer.
            var at = rng.Next(byDate.Count);
            var sourceCount = Weighted(rng, [(1, 0.55), (2, 0.30), (3, 0.15)]);
            var cited = new List<ArticleSpec> { byDate[at] };
            for (var tries = 0; cited.Count < sourceCount && tries < 10; tries++)
            {
                var near = byDate[Math.Clamp(at + rng.Between(-40, 40), 0, byDate.Count - 1)];
                if (!cited.Contains(near)) cited.Add(near);
            }
            var primary = cited[0];
            var by = primary.Groups.Select(id => byId[id]).FirstOrDefault(g => offerors.Contains(g)) ?? rng.Pick(offerors);
            var to = new List<string>();
            if (rng.Chance(0.8)) to.Add(rng.Pick(addressees));
            if (rng.Chance(0.25))
            {
                var second = rng.Pick(addressees);
                if (!to.Contains(second)) to.Add(second);
            }
            var via = rng.Chance(0.25) ? new List<string> { rng.Pick(mediators) } : [];
            var offered = rng.Shuffled(Vocabulary.Offered).Take(rng.Between(1, 3)).ToList();
            var conditions = rng.Shuffled(Vocabulary.Conditions).Take(rng.Between(0, 2)).ToList();
            var date = EdtfDay.Around(rng, Clamp(primary.Published.Day.AddDays(-rng.Between(0, 10))));
            var id = $"{date.Day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)}-{Slug.Of(by.Name, 4)}-{Slug.Of(offered[0], 3)}-{i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)}";
            var sources = cited.Select(a => new SourceSpec(a.Id)).ToList();
            var offerIndex = offers.Count;
            for (var s = 0; s < cited.Count; s++)
            {
                cited[s].Cited.Add((offerIndex, s));
                cited[s].Offers.Add(id);
                if (!cited[s].Groups.Contains(by.Id)) cited[s].Groups.Add(by.Id);
            }
            var events = Enumerable.Range(0, Weighted(rng, [(0, 0.5), (1, 0.3), (2, 0.2)]))
                .Select(e => new EventSpec(EdtfDay.Around(rng, Clamp(date.Day.AddDays(rng.Between(1, 60)))), text.Sentence(), rng.Pick(sources).Article))
                .ToList();
            var responses = to.Count > 0 && rng.Chance(0.4)
                ? new List<ResponseSpec> { new(to[0], EdtfDay.Around(rng, Clamp(date.Day.AddDays(rng.Between(1, 30)))), rng.Pick(["accepted", "rejected", "no-response", "denied", "no-comment"]), rng.Pick(sources).Article) }
                : [];
            var disputes = rng.Chance(0.1) ? new List<DisputeSpec> { new(rng.Pick(["date", "duration", "who took part"]), text.Sentence()) } : [];
            var named = new[] { by }.Concat(to.Select(t => byId[t])).ToList();
            offers.Add(new OfferSpec
            {
                Id = id,
                Title = $"{by.Name} offers to {TextGenerator.Lower(offered[0])}" + (conditions.Count > 0 ? $" in exchange for {TextGenerator.Lower(conditions[0])}" : ""),
                Date = date,
                Form = rng.Pick(["unilateral-declaration", "conditional-offer", "proposal-via-intermediary", "negotiated-proposal", "reported-offer"]),
                By = [by.Id],
                To = to,
                Via = via,
                Offered = offered,
                Conditions = conditions,
                Timeframe = rng.Chance(0.4) ? rng.Pick(Vocabulary.Timeframes) : null,
                Duration = rng.Chance(0.3) ? rng.Pick(Vocabulary.Durations) : null,
                Status = rng.Pick(["reported", "proposed", "negotiated", "unanswered", "rejected", "broken-off", "accepted", "partially-held", "lapsed"]),
                Outcome = rng.Chance(0.4) ? text.Sentence() : null,
                Events = events,
                Responses = responses,
                Disputes = disputes,
                Sources = sources,
                Body = new ProseComposer(text).Record(new BodyContext(named, [], [], [], "example.com"), rng.Between(2, 3)),
            });
        }
        return offers;
    }

    private static DateOnly Clamp(DateOnly day) =>
        day < new DateOnly(2003, 1, 1) ? new DateOnly(2003, 1, 1) : day > new DateOnly(2024, 12, 31) ? new DateOnly(2024, 12, 31) : day;

    private static void WriteGroupBodies(List<GroupSpec> groups, Rng rng)
    {
        var text = new TextGenerator(rng);
        var prose = new ProseComposer(text);
        foreach (var g in groups)
        {
            var named = new[] { g }.Concat(g.MemberOf.Select(m => groups.First(x => x.Id == m))).ToList();
            g.Body = prose.Record(new BodyContext(named, [], [], [], "example.com"), rng.Between(2, 4));
        }
    }

    private static List<PageSpec> MakePages(Rng rng)
    {
        var text = new TextGenerator(rng);
        var prose = new ProseComposer(text);
        return
        [
            new PageSpec("about", "About this archive", "What this synthetic benchmark archive is.", prose.Page(text)),
            new PageSpec("methodology", "Methodology", "How the records of this archive are made.", prose.Page(text)),
        ];
    }
}
