namespace InteractionAnalytics.Core.Privacy;

/// <summary>One piece of a digit run: a written digit group (<c>4111</c>) or spoken words (<c>four</c>, <c>double oh</c>, <c>forty one</c>).</summary>
/// <param name="Start">UTF-16 offset of its first character.</param>
/// <param name="End">UTF-16 offset just past its last character (exclusive).</param>
/// <param name="Digits">The digits it stands for.</param>
/// <param name="IsWord">It was spoken (digit words), not written as digits.</param>
/// <param name="IsOh">It is a lone "oh"/"o", which is also an interjection.</param>
internal readonly record struct DigitUnit(int Start, int End, string Digits, bool IsWord, bool IsOh);
