using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary>
/// Files written before claims existed keep working unchanged: a plain id and the same id as a claim the editors
/// confirm (<c>{group: id}</c>, <c>{group: id, certainty: confirmed}</c>) build to the same bytes, page for page.
/// </summary>
public sealed partial class PlainIdsUnchangedTests
{
    [GeneratedRegex(@"(?m)^(\s*)- ([a-z0-9-]+)$")]
    private static partial Regex ListedId();

    [Theory]
    [InlineData("{{group: {0}}}")]
    [InlineData("{{group: {0}, certainty: confirmed}}")]
    public void Build_PlainIdsWrittenAsConfirmedClaims_PublishesTheSameBytes(string claim)
    {
        using var plain = TestSite.Valid();
        plain.BuildClean();
        var rewritten = 0;
        using var claims = TestSite.Valid(f =>
        {
            foreach (var path in new[] { ValidSite.Truce, ValidSite.Talks, ValidSite.Member })
            {
                var text = f[path];
                var front = text[..text.IndexOf("\n---\n", 3, StringComparison.Ordinal)];
                var changed = ListedId().Replace(front, m =>
                {
                    if (!InClaimList(front, m.Index)) return m.Value;
                    rewritten++;
                    return $"{m.Groups[1].Value}- {string.Format(System.Globalization.CultureInfo.InvariantCulture, claim, m.Groups[2].Value)}";
                });
                f[path] = changed + text[front.Length..];
            }
        });
        claims.BuildClean();

        Assert.Equal(6, rewritten);
        Assert.Equal(Hashes(plain.OutputDir), Hashes(claims.OutputDir));
    }

    /// <summary>Whether the list item at <paramref name="index"/> belongs to by, to, via or member_of.</summary>
    private static bool InClaimList(string front, int index)
    {
        var key = front[..index].Split('\n').Last(l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith('-'));
        return key is "by:" or "to:" or "via:" or "member_of:";
    }

    private static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(dir, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))), StringComparer.Ordinal);
}
