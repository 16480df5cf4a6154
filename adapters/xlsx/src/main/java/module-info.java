/**
 * The bulletin as an Excel workbook (Apache POI): {@code BulletinXlsxSink}, offered by the
 * provider {@code xlsx}. See {@code docs/adapters.md}.
 */
module io.github.baozhang.adapter.xlsx {
    requires transitive io.github.baozhang.core;
    requires transitive io.github.baozhang.adapter.spi;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports io.github.baozhang.adapter.xlsx;

    provides io.github.baozhang.adapter.spi.AdapterProvider with io.github.baozhang.adapter.xlsx.XlsxAdapterProvider;
}
