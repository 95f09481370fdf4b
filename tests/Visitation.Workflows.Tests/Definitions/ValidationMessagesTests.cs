using System.Reflection;
using Visitation.Workflows.Definitions.Validation;

namespace Visitation.Workflows.Tests.Definitions;

public sealed class ValidationMessagesTests
{
    [Fact]
    public void Should_have_danish_and_english_text_for_every_code()
    {
        // Arrange
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        // Act
        var messages = codes.Select(code => ValidationMessages.Format(code, "A", "B", "C")).ToList();

        // Assert
        Assert.Equal(codes.Order(), ValidationMessages.Codes.Order());
        Assert.All(messages, m => Assert.NotEqual(m.Da, m.En));
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.Da)));
    }

    [Fact]
    public void Should_pick_the_language_from_a_language_code()
    {
        // Arrange
        var message = ValidationMessages.Format(ValidationCodes.UnknownType, "X");

        // Act + Assert
        Assert.Equal(message.En, message.For("en-GB"));
        Assert.Equal(message.Da, message.For("da"));
        Assert.Equal(message.Da, message.For(null));
    }
}
