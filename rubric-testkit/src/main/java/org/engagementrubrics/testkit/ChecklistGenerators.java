package org.engagementrubrics.testkit;

import static org.engagementrubrics.testkit.ValueGenerators.errata;
import static org.engagementrubrics.testkit.ValueGenerators.extensions;
import static org.engagementrubrics.testkit.ValueGenerators.localizedTexts;
import static org.engagementrubrics.testkit.ValueGenerators.orNull;
import static org.engagementrubrics.testkit.ValueGenerators.source;
import static org.engagementrubrics.testkit.ValueGenerators.texts;
import static org.engagementrubrics.testkit.ValueGenerators.version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementrubrics.core.checklist.Checklist;
import org.engagementrubrics.core.checklist.ChecklistGroup;
import org.engagementrubrics.core.checklist.ChecklistItem;
import org.engagementrubrics.core.checklist.ChecklistMark;
import org.engagementrubrics.core.response.ChecklistAnswer;
import org.engagementrubrics.core.response.ChecklistAnswers;

/**
 * The generators of checklists and of answers to them, behind {@link Generators}.
 *
 * <p>Every method draws from the random source in the order {@link Generators} has always used, so a seed
 * keeps giving the same values; {@link Generators} documents the public ones. Stateless and thread-safe.
 */
final class ChecklistGenerators {

    private ChecklistGenerators() {
    }

    static Gen<Checklist> checklists(Sizes sizes) {
        int maxGroups = sizes.rows(3, 1);
        int maxItems = sizes.items(5, 1);
        return random -> {
            IdPool pool = new IdPool();
            int groupCount = 1 + random.nextInt(maxGroups);
            List<ChecklistGroup> groups = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                int itemCount = 1 + random.nextInt(maxItems);
                List<ChecklistItem> items = new ArrayList<>();
                for (int i = 0; i < itemCount; i++) {
                    items.add(new ChecklistItem(pool.fresh(random), orNull(random, 0.5, localizedTexts()),
                            localizedTexts().generate(random), extensions().generate(random)));
                }
                groups.add(new ChecklistGroup(pool.fresh(random), localizedTexts().generate(random), items,
                        extensions().generate(random)));
            }
            return new Checklist(pool.fresh(random), version(random), localizedTexts().generate(random),
                    source(random), errata(random, pool), extensions().generate(random), groups);
        };
    }

    static Gen<ChecklistAnswers> answers(Checklist checklist) {
        return random -> {
            Map<String, ChecklistAnswer> byItem = new LinkedHashMap<>();
            for (String id : Contents.itemIds(checklist)) {
                if (random.nextDouble() < 0.8) {
                    byItem.put(id, new ChecklistAnswer(Gen.elements(ChecklistMark.values()).generate(random),
                            orNull(random, 0.7, texts())));
                }
            }
            return ChecklistAnswers.of(byItem);
        };
    }
}
