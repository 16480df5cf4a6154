package io.github.baozhang.examples.cli;

import java.util.Locale;

/** The language of the messages: {@code --lang zh|en}. */
enum Lang {
    zh(Locale.SIMPLIFIED_CHINESE),
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The language of the system locale: Chinese for any Chinese locale, English otherwise. */
    static Lang ofSystem() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? zh : en;
    }
}
