namespace Archive.Linking;

/// <summary>The records before and after one in time order, for previous/next links.</summary>
public sealed record Neighbours<T>(T? Previous, T? Next) where T : class;
