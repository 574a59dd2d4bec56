package vn.ocop.core;

/**
 * A text in Vietnamese (the legal language, verbatim where it quotes the law) and English.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record LocalizedText(String vi, String en) {
    public LocalizedText {
        Check.notBlank(vi, "vi");
        Check.notBlank(en, "en");
    }

    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /** The text in the given language: {@code "vi"} or {@code "en"}; anything else gives English. */
    public String in(String language) {
        return "vi".equals(language) ? vi : en;
    }

    @Override
    public String toString() {
        return vi + " / " + en;
    }
}
