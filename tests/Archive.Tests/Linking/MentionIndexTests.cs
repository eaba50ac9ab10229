using System.Text.RegularExpressions;
using Archive.Linking;

namespace Archive.Tests.Linking;

/// <summary>
/// Group names found in running text: whole words in any script, longest name first, left to right, never
/// overlapping. The rule is written once more here as the regular expression the index used to be, and the index
/// must find exactly what it finds, in hand-picked and in generated texts.
/// </summary>
public sealed class MentionIndexTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Kataib Hezbollah"] = "kataib-hezbollah",
        ["Hezbollah"] = "hezbollah",
        ["KH"] = "kataib-hezbollah",
        ["Islamic Army in Iraq"] = "islamic-army",
        ["Islamic Army"] = "islamic-army-other",
        ["IAI"] = "islamic-army",
        ["1920 Revolution Brigades"] = "brigades-1920",
        ["كتائب حزب الله"] = "kataib-hezbollah",
        ["Asa'ib"] = "asaib",
        ["U.S."] = "united-states",
    };

    /// <summary>What the index must do, as the expression it replaced: looked behind and ahead for a letter or number.</summary>
    private static IEnumerable<(int, int, string)> Expected(string text)
    {
        var alternation = string.Join("|", Names.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape));
        var pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + alternation + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
        return pattern.Matches(text).Select(m => (m.Index, m.Length, Names[m.Value]));
    }

    private static List<(int, int, string)> Found(string text) =>
        [.. MentionIndex.Of(Names).Find(text).Select(m => (m.Start, m.Length, m.GroupId))];

    [Theory]
    [InlineData("Kataib Hezbollah said", 0, 16, "kataib-hezbollah")]
    [InlineData("the Islamic Army in Iraq offered", 4, 20, "islamic-army")]
    [InlineData("the Islamic Army offered", 4, 12, "islamic-army-other")]
    [InlineData("(KH)", 1, 2, "kataib-hezbollah")]
    [InlineData("بيان كتائب حزب الله اليوم", 5, 14, "kataib-hezbollah")]
    [InlineData("the 1920 Revolution Brigades", 4, 24, "brigades-1920")]
    [InlineData("U.S. forces", 0, 4, "united-states")]
    public void Find_NameAsAWholeWord_FindsItLongestFirst(string text, int start, int length, string group)
    {
        Assert.Equal([(start, length, group)], Found(text));
    }

    [Theory]
    [InlineData("KHAN")]
    [InlineData("AKH")]
    [InlineData("2KH")]
    [InlineData("KH2")]
    [InlineData("ﺍKH")]
    [InlineData("Hezbollahs")]
    [InlineData("IAIé")]
    [InlineData("Asa'ibs")]
    [InlineData("")]
    public void Find_NameInsideALongerWord_FindsNothing(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("XKataib Hezbollah met Hezbollah")]
    [InlineData("Kataib Hezbollahx, then KH and IAI; Islamic Army in Iraqi")]
    [InlineData("KHKH KH-KH Hezbollah_Hezbollah U.S.A U.S.")]
    [InlineData("كتائب حزب اللهي كتائب حزب الله")]
    public void Find_HandPickedEdges_FindsWhatTheExpressionFinds(string text)
    {
        Assert.Equal(Expected(text), Found(text));
    }

    [Fact]
    public void Find_GeneratedTexts_FindsWhatTheExpressionFinds()
    {
        // Names, their pieces and characters of every kind a boundary can meet, run together at random.
        string[] pieces = [.. Names.Keys, "Kataib", "Hez", "Army in", " ", " ", ", ", "x", "é", "7", "٣", "-", "'", "_", "\n", "ا", "KHA", ".", "U.S"];
        var random = new Random(9);
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Expected(text), Found(text));
        }
    }
}
