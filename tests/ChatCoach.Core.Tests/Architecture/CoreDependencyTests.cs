using System.Reflection;
using ChatCoach.Core.Chat;

namespace ChatCoach.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Theory]
    [InlineData("Telegram")]
    [InlineData("Dapper")]
    [InlineData("Npgsql")]
    [InlineData("Sqlite")]
    [InlineData("ChatCoach.Storage")]
    [InlineData("ChatCoach.Discord")]
    [InlineData("System.Net.WebSockets")]
    public void Core_references_no_platform_or_database_assembly(string forbidden)
    {
        var references = typeof(InboundMessage).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, name => name.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Core_only_references_the_framework_and_extension_abstractions()
    {
        var references = typeof(InboundMessage).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal),
            $"ChatCoach.Core references {name}"));
    }
}
