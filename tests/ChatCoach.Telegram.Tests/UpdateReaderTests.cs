using ChatCoach.Telegram.Tests.Fakes;
using Telegram.Bot.Types;

namespace ChatCoach.Telegram.Tests;

public sealed class UpdateReaderTests
{
    private static readonly BotIdentity Me = new(FakeBotApi.BotId, FakeBotApi.BotUsername);
    private static readonly User Ana = Updates.Person(4001, "Ana", "Lopez");

    private static ChatCoach.Core.Chat.InboundMessage? Read(Message m, bool isEdit = false) => UpdateReader.FromMessage(m, isEdit, Me, out _);

    [Fact]
    public void A_private_message_addresses_the_coach_and_names_the_sender()
    {
        var read = Read(Updates.PrivateMessage(Ana, 1, "deadlift 3x5 100kg"))!;

        Assert.False(read.Chat.IsGroup);
        Assert.Equal("4001", read.Chat.ChatId);
        Assert.Equal("4001", read.UserId);
        Assert.Equal("Ana Lopez", read.UserName);
        Assert.Equal("1", read.MessageId);
        Assert.True(read.AddressesCoach);
        Assert.Equal("1", read.DeliveryKey);
        Assert.Null(read.Chat.ThreadId);
    }

    [Theory]
    [InlineData("/howto@TestBot deadlift", "/howto deadlift")]
    [InlineData("/howto@testbot deadlift", "/howto deadlift")]
    [InlineData("/help@TestBot", "/help")]
    [InlineData("@TestBot how do I deadlift?", "how do I deadlift?")]
    [InlineData("hey @testbot, form tips for squats", "hey form tips for squats")]
    [InlineData("@TestBot, squat 3x5 80kg", "squat 3x5 80kg")]
    public void The_bots_own_name_is_stripped_and_marks_the_message_as_addressed(string text, string expected)
    {
        var read = Read(Updates.GroupMessage(Ana, 2, text))!;

        Assert.Equal(expected, read.Text);
        Assert.True(read.AddressesCoach);
        Assert.True(read.Chat.IsGroup);
    }

    [Theory]
    [InlineData("/howto@OtherBot deadlift")]
    [InlineData("/help@TestBotFan")]
    public void A_command_for_another_bot_is_ignored(string text) =>
        Assert.Null(Read(Updates.GroupMessage(Ana, 3, text)));

    [Fact]
    public void Group_chatter_and_lookalike_mentions_do_not_address_the_coach()
    {
        var chatter = Read(Updates.GroupMessage(Ana, 4, "great session today @TestBotFan"))!;

        Assert.False(chatter.AddressesCoach);
        Assert.Equal("great session today @TestBotFan", chatter.Text);
    }

    [Fact]
    public void A_reply_to_the_coach_addresses_it()
    {
        var message = Updates.GroupMessage(Ana, 5, "actually 105kg");
        message.ReplyToMessage = new Message { Id = 99, Date = Updates.Sent, Chat = message.Chat, From = Updates.Bot() };

        var read = Read(message)!;

        Assert.Equal("99", read.ReplyToMessageId);
        Assert.True(read.ReplyToCoach);
        Assert.True(read.AddressesCoach);
    }

    [Fact]
    public void A_reply_to_a_person_does_not_address_the_coach()
    {
        var message = Updates.GroupMessage(Ana, 6, "nice one");
        message.ReplyToMessage = new Message { Id = 98, Date = Updates.Sent, Chat = message.Chat, From = Updates.Person(4002, "Bob") };

        var read = Read(message)!;

        Assert.Equal("98", read.ReplyToMessageId);
        Assert.False(read.ReplyToCoach);
        Assert.False(read.AddressesCoach);
    }

    [Fact]
    public void Messages_from_bots_itself_included_and_without_text_are_ignored()
    {
        Assert.Null(Read(Updates.GroupMessage(Updates.Bot(), 7, "Logged.")));
        Assert.Null(Read(Updates.GroupMessage(Updates.Bot(555, "OtherBot"), 8, "/howto@TestBot deadlift")));
        Assert.Null(Read(Updates.PrivateMessage(Ana, 9, " ")));
        var channel = Updates.GroupMessage(Ana, 10, "post");
        channel.Chat.Type = global::Telegram.Bot.Types.Enums.ChatType.Channel;
        Assert.Null(Read(channel));
    }

    [Fact]
    public void Names_fall_back_to_the_username_then_the_id()
    {
        Assert.Equal("ana_lifts", UpdateReader.DisplayName(new User { Id = 1, FirstName = " ", Username = "ana_lifts" }));
        Assert.Equal("user 7", UpdateReader.DisplayName(new User { Id = 7, FirstName = string.Empty }));
    }

    [Theory]
    [InlineData("/undo", true)]
    [InlineData("/forget confirm", true)]
    [InlineData("undo", false)]
    [InlineData("/", false)]
    [InlineData(null, false)]
    [InlineData("/log\u0007", false)]
    public void Callback_data_must_be_a_short_printable_command(string? data, bool valid) =>
        Assert.Equal(valid, UpdateReader.IsCommandData(data));

    [Fact]
    public void Callback_data_is_limited_to_64_bytes_not_characters()
    {
        Assert.True(UpdateReader.IsCommandData("/" + new string('x', 63)));
        Assert.False(UpdateReader.IsCommandData("/" + new string('x', 64)));
        Assert.False(UpdateReader.IsCommandData("/" + new string('é', 32)));
    }
}
