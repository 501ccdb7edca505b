using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Tests.Text;

public sealed class NounTests
{
    [Theory]
    [InlineData(0, "0 virkedager")]
    [InlineData(1, "1 virkedag")]
    [InlineData(2, "2 virkedager")]
    [InlineData(-1, "-1 virkedag")]
    [InlineData(-10, "-10 virkedager")]
    [InlineData(21, "21 virkedager")]
    public void Count_Bokmal_SingularOnlyForOne(int count, string expected) =>
        Assert.Equal(expected, NorwegianNouns.BusinessDay.Count(count));

    [Theory]
    [InlineData(0, "0 business days")]
    [InlineData(1, "1 business day")]
    [InlineData(2, "2 business days")]
    public void Count_English_SingularOnlyForOne(int count, string expected) =>
        Assert.Equal(expected, EnglishNouns.BusinessDay.Count(count));

    [Fact]
    public void Count_TheNounsThePeopleSee_ReadRight()
    {
        Assert.Equal("1 frist", NorwegianNouns.Deadline.Count(1));
        Assert.Equal("2 frister", NorwegianNouns.Deadline.Count(2));
        Assert.Equal("1 e-post", NorwegianNouns.Mail.Count(1));
        Assert.Equal("3 e-poster", NorwegianNouns.Mail.Count(3));
        Assert.Equal("1 samtale", NorwegianNouns.Conversation.Count(1));
        Assert.Equal("19 samtaler", NorwegianNouns.Conversation.Count(19));
        Assert.Equal("1 nytt varsel", NorwegianNouns.NewNotice.Count(1));
        Assert.Equal("0 nye varsler", NorwegianNouns.NewNotice.Count(0));
        Assert.Equal("1 e-mail", EnglishNouns.Mail.Count(1));
        Assert.Equal("2 deadlines", EnglishNouns.Deadline.Count(2));
        Assert.Equal("0 errors", EnglishNouns.Error.Count(0));
        Assert.Equal("1 warning", EnglishNouns.Warning.Count(1));
    }

    [Fact]
    public void For_GivesTheWordWithoutTheNumber()
    {
        Assert.Equal("varsel", NorwegianNouns.Notice.For(1));
        Assert.Equal("varsler", NorwegianNouns.Notice.For(5));
    }
}
