namespace Archive.Linking;

/// <summary>A group named in text: where, and which group.</summary>
public sealed record Mention(int Start, int Length, string GroupId);
