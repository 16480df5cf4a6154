package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.CalendarArbitraries;
import io.github.baozhang.profile.HolidayCalendar;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/calendar@1} sink. */
class CalendarSinkTckTest extends ReportSinkContract<HolidayCalendar> {

    @Override
    protected ReportSink<HolidayCalendar> sink() {
        return InterchangeJson.calendarSink();
    }

    @Override
    protected Arbitrary<HolidayCalendar> values() {
        return CalendarArbitraries.calendars();
    }
}
