using Archive.Cli.Preview;

namespace Archive.Tests.Cli.Preview;

public sealed class NextSignalTests
{
    [Fact]
    public async Task Next_CompletesWithTheFirstValueAnnouncedAfterItWasAsked()
    {
        var signal = new NextSignal<int>();
        signal.Announce(1);
        var next = signal.Next();
        Assert.False(next.IsCompleted);
        signal.Announce(2);
        signal.Announce(3);
        Assert.Equal(2, await next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Next_AskedTwiceBeforeAnAnnouncement_GivesBothTheSameValue()
    {
        var signal = new NextSignal<string>();
        var first = signal.Next();
        var second = signal.Next();
        signal.Announce("built");
        Assert.Equal("built", await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("built", await second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(signal.Next().IsCompleted);
    }
}
