package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.CalendarArbitraries;
import io.github.baozhang.profile.HolidayCalendar;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * The conformance kit on the {@code baozhang/calendar@1} reader, with the calendar sink. A
 * calendar document is one record, at pointer {@code ""}.
 */
class CalendarReaderTckTest extends FeedReaderContract<HolidayCalendar> {

    @Override
    protected FeedReader<HolidayCalendar> reader() {
        return InterchangeJson.calendarReader();
    }

    @Override
    protected Arbitrary<List<HolidayCalendar>> valueLists() {
        return CalendarArbitraries.calendars().map(List::of);
    }

    @Override
    protected byte[] encode(List<HolidayCalendar> values) throws IOException {
        return write(InterchangeJson.calendarSink(), values.get(0));
    }

    @Override
    protected List<Corruptor<HolidayCalendar>> corruptors() {
        return JsonRootTck.corruptors(List.of("holidays", "workdays"));
    }
}
