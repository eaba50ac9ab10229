using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class BibTexFormatterTests
{
    [Fact]
    public void Format_SignedAnalysis_IsExactBibLaTeXArticle()
    {
        const string expected = """
            @article{porter2006bush,
              author = {Porter, Gareth},
              title = {{Bush's Wavering Halts Insurgent Peace Talks}},
              journaltitle = {Antiwar.com},
              entrysubtype = {magazine},
              date = {2006-05-06},
              urldate = {2026-11-21},
              url = {https://www.antiwar.com/porter/?articleid=8957},
              langid = {english},
              abstract = {Mixed signals from Washington have stalled talks between US officials and Sunni insurgent groups.}
            }

            """;
        Assert.Equal(expected, BibTexFormatter.Format(CitationSamples.Porter));
    }

    [Fact]
    public void Format_UnsignedNewsWithSpecialCharacters_IsExactAndEscaped()
    {
        // The title escapes & % $ # _; the url field is verbatim and stays as is; inside \url in the note,
        // % and # are escaped as the url package requires for arguments.
        const string expected = """
            @article{2020-10-11-abc-att-shares-fall,
              title = {{AT\&T Shares Fall 5\% After \$2 Billion "Surprise" Charge, \#att\_outage Trends}},
              journaltitle = {ABC News},
              entrysubtype = {newspaper},
              date = {2020-10-11},
              url = {https://abcnews.go.com/Business/att-shares-fall/story?id=73541234},
              note = {Last updated 2023-12-13. Archived copy: \url{https://web.archive.org/web/20201011120000/https://abcnews.go.com/Business/att-shares-fall/story?id=73541234&cid=share\%2Ctw\#comments}}
            }

            """;
        Assert.Equal(expected, BibTexFormatter.Format(CitationSamples.Abc));
    }

    [Fact]
    public void Format_Any_UsesLfAndEndsWithNewline()
    {
        var bib = BibTexFormatter.Format(CitationSamples.Abc);
        Assert.DoesNotContain("\r", bib);
        Assert.EndsWith("}\n", bib);
    }

    [Theory]
    [InlineData("&", @"\&")]
    [InlineData("%", @"\%")]
    [InlineData("$", @"\$")]
    [InlineData("#", @"\#")]
    [InlineData("_", @"\_")]
    [InlineData("{", @"{\textbraceleft}")]
    [InlineData("}", @"{\textbraceright}")]
    [InlineData("~", @"{\textasciitilde}")]
    [InlineData("^", @"{\textasciicircum}")]
    [InlineData(@"\", @"{\textbackslash}")]
    [InlineData("Müller – «Ε» العراق", "Müller – «Ε» العراق")]
    public void Escape_SpecialCharacter_BecomesTeX(string text, string expected)
    {
        Assert.Equal(expected, BibTexFormatter.Escape(text));
    }

    [Fact]
    public void Format_HostileText_KeepsBracesBalanced()
    {
        var record = CitationSamples.Abc with
        {
            Title = @"}{ Unbalanced \section{ ~^ \\",
            Authors = [CitationName.Parse("Ann {Odd} Name"), CitationName.AsLiteral("Group } of {{ People")],
            Abstract = "Line one\nline two }}}",
            Url = "https://example.org/a{b}\\c d",
        };
        var bib = BibTexFormatter.Format(record);

        // BibTeX counts every brace, escaped or not, so the raw count must balance and never go negative.
        var depth = 0;
        foreach (var c in bib)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth >= 0, bib);
        }
        Assert.Equal(0, depth);
        Assert.Contains(@"url = {https://example.org/a%7Bb%7D%5Cc%20d}", bib);
        Assert.Contains("abstract = {Line one line two {\\textbraceright}{\\textbraceright}{\\textbraceright}}", bib);
        // One field per line: the newline in the abstract was flattened.
        var lines = bib.TrimEnd('\n').Split('\n');
        Assert.All(lines[1..^1], line => Assert.Matches(@"^  [a-z]+ = \{.*\},?$", line));
    }

    [Fact]
    public void Format_SeveralAuthors_JoinsWithAndAndBracesLiterals()
    {
        var record = CitationSamples.Porter with
        {
            Authors = [CitationName.Parse("Gareth Porter"), CitationName.Parse("James Joyner"), CitationName.AsLiteral("Associated Press")],
        };
        Assert.Contains("  author = {Porter, Gareth and Joyner, James and {Associated Press}},\n", BibTexFormatter.Format(record));
    }

    [Fact]
    public void Format_NameContainingAnd_ProtectsTheWord()
    {
        var record = CitationSamples.Porter with { Authors = [CitationName.Person("Smith and Sons", "Jo")] };
        Assert.Contains("author = {Smith {and} Sons, Jo}", BibTexFormatter.Format(record));
    }

    [Fact]
    public void Format_ArchivePage_IsOnlineWithSiteAsTitleAddon()
    {
        const string expected = """
            @online{groups-kataib-hezbollah,
              title = {{Kata'ib Hezbollah}},
              titleaddon = {Iraq Insurgency Archive},
              date = {2026-03-02},
              url = {https://archive.example.org/groups/kataib-hezbollah/},
              note = {Last updated 2026-03-02}
            }

            """;
        Assert.Equal(expected, BibTexFormatter.Format(CitationSamples.GroupPage));
    }

    [Theory]
    [InlineData(CitationKind.BlogPost, "@online{")]
    [InlineData(CitationKind.Report, "@report{")]
    [InlineData(CitationKind.Dataset, "@dataset{")]
    public void Format_Kind_PicksEntryType(CitationKind kind, string start)
    {
        Assert.StartsWith(start, BibTexFormatter.Format(CitationSamples.Porter with { Kind = kind }));
    }

    [Fact]
    public void Format_Report_PutsPublisherInInstitution()
    {
        var record = CitationSamples.Porter with { Kind = CitationKind.Report, Publisher = "US Department of State", ContainerTitle = null };
        Assert.Contains("  institution = {US Department of State},\n", BibTexFormatter.Format(record));
    }

    [Theory]
    [InlineData("en-US", "american")]
    [InlineData("en-GB", "british")]
    [InlineData("ar", "arabic")]
    [InlineData("de-AT", "austrian")]
    public void Format_KnownLanguage_WritesBabelLangid(string tag, string langid)
    {
        Assert.Contains($"  langid = {{{langid}}},\n", BibTexFormatter.Format(CitationSamples.Porter with { Language = tag }));
    }

    [Fact]
    public void Format_UnknownLanguage_OmitsLangid()
    {
        Assert.DoesNotContain("langid", BibTexFormatter.Format(CitationSamples.Porter with { Language = "ku" }));
    }

    [Fact]
    public void Format_YearOnlyDate_WritesYear()
    {
        var bib = BibTexFormatter.Format(CitationSamples.Porter with { Issued = new CitationDate(2006) });
        Assert.Contains("  date = {2006},\n", bib);
    }
}
