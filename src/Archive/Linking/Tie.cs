using Archive.Content;

namespace Archive.Linking;

/// <summary>
/// A record tied to a group by a claim, seen from the group: an offer it made, received or carried, or a member.
/// <see cref="Claim"/> says how firmly and on whose words (see <see cref="Site.Evidence(Claim)"/> for the marked passage).
/// </summary>
public sealed record Tie<T>(T Record, Claim Claim) where T : class;
