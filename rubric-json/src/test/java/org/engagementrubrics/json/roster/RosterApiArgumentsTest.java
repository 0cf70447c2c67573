package org.engagementrubrics.json.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.engagementrubrics.core.roster.Roster;
import org.engagementrubrics.json.RubricJson;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 1, for the reader interfaces, which the library-wide null-argument walk passes over (it calls
 * implemented methods only): every method names its null argument, and a null among known ids names its index.
 */
class RosterApiArgumentsTest {

    private static Object sample(Class<?> type) {
        if (type == Path.class) {
            return Path.of("roster.csv");
        } else if (type == RecordFormat.class) {
            return RecordFormat.CSV;
        } else if (type == java.io.InputStream.class) {
            return new ByteArrayInputStream("family_id,date\n".getBytes(StandardCharsets.UTF_8));
        } else if (type == String.class) {
            return "roster.csv";
        } else if (type == Collection.class) {
            return List.of("iep");
        } else if (type == Consumer.class) {
            return (Consumer<Object>) problem -> { };
        }
        throw new AssertionError("no sample " + type);
    }

    @Test
    void everyMethodOfTheReadersNamesItsNullArgument() throws ReflectiveOperationException {
        RubricJson json = RubricJson.defaults();
        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Object reader : List.of(json.rosterReader(), json.contactReader())) {
            Class<?> api = reader instanceof RosterReader ? RosterReader.class : ContactReader.class;
            for (Method method : api.getDeclaredMethods()) {
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    Object[] args = Arrays.stream(parameters).map(p -> sample(p.getType())).toArray();
                    args[i] = null;
                    String name = parameters[i].getName();
                    checked.add(api.getSimpleName() + "#" + method.getName() + "(" + name + ")");
                    try {
                        method.invoke(reader, args);
                        failures.add(api.getSimpleName() + "#" + method.getName() + "(" + name + "): accepted null");
                    } catch (InvocationTargetException e) {
                        if (!(e.getCause() instanceof NullPointerException npe) || !name.equals(npe.getMessage())) {
                            failures.add(api.getSimpleName() + "#" + method.getName() + "(" + name + "): " + e.getCause());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).contains("RosterReader#read(sourceName)", "RosterReader#withKnownGroups(groupIds)",
                "ContactReader#stream(sink)", "ContactReader#stream(in)");
    }

    @Test
    void aNullAmongKnownIdsNamesItsIndex() {
        assertThatThrownBy(() -> RubricJson.defaults().rosterReader().withKnownPartitions(Arrays.asList("race", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("partitions[1]");
    }

    @Test
    void aReadHoldsTheRosterOfItsGoodRows() {
        assertThatThrownBy(() -> new RosterRead(Roster.of(), 1, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("good (1) must be the roster's size (0)");
        assertThatThrownBy(() -> new RosterRead(Roster.of(), 0, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("good and bad must be at least 0; were 0 and -1");
        assertThat(new RosterRead(Roster.of(), 0, 0, List.of()).isClean()).isTrue();
    }
}
