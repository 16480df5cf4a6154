/**
 * Example: how a provincial system embeds Baozhang (not published). It reads the province's
 * worker-row CSV feed, validates, funds, and writes its monthly reports upward as
 * {@code baozhang/monthly-reports@1}. See {@link io.github.baozhang.examples.provincial.ProvincialSystem}.
 */
module io.github.baozhang.examples.provincial {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    requires io.github.baozhang.adapter.csv;
    requires io.github.baozhang.adapter.json;
    requires io.github.baozhang.validation;
    requires org.hibernate.validator;

    exports io.github.baozhang.examples.provincial;
    // The code the docs show (not exported); WorkerForm is an application's DTO, read by Hibernate Validator.
    opens io.github.baozhang.examples.provincial.snippets to org.hibernate.validator;
}
