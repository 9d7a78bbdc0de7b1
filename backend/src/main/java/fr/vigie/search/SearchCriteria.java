package fr.vigie.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search asks for, checked: free text (as the analysis's terms), a phone in E.164, a
 * handle, filters, the period of observation [from, to), the page.
 *
 * @param terms the analysed terms of {@code q} (empty: no free text)
 * @param byDate whether sorted by date of observation (else by relevance, then date)
 * @param after the cursor's sort values (empty: the first page)
 */
record SearchCriteria(String q, List<String> terms, String phone, String handle, List<String> priorities, List<String> statuses,
        List<String> platforms, List<String> departments, Instant from, Instant to, int size, boolean byDate, List<Object> after) {

    /** The criteria as the audit log keeps them (what was asked, never an answer). */
    Map<String, Object> audited() {
        var criteria = new LinkedHashMap<String, Object>();
        if (q != null) {
            criteria.put("q", q);
        }
        if (phone != null) {
            criteria.put("phone", phone);
        }
        if (handle != null) {
            criteria.put("handle", handle);
        }
        put(criteria, "priority", priorities);
        put(criteria, "status", statuses);
        put(criteria, "platform", platforms);
        put(criteria, "department", departments);
        if (from != null) {
            criteria.put("from", from.toString());
        }
        if (to != null) {
            criteria.put("to", to.toString());
        }
        criteria.put("sort", byDate ? "date" : "relevance");
        criteria.put("page", after.isEmpty() ? "first" : "next");
        return criteria;
    }

    private static void put(Map<String, Object> criteria, String name, List<String> values) {
        if (!values.isEmpty()) {
            criteria.put(name, values);
        }
    }
}
