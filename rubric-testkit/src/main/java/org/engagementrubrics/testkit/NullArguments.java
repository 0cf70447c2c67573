package org.engagementrubrics.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Walks every public constructor, static factory and public method of a library's public types and calls
 * each with one null argument at a time, every other argument a sample: the call must throw a
 * {@link NullPointerException} whose message names that parameter ({@code responses}, or
 * {@code responses[1]} for an element), unless the parameter is listed as nullable.
 *
 * <pre>{@code
 * List<String> failures = NullArguments.withSamples(samples).nullable("Response#<init>(instrumentVersion)")
 *         .failures(NullArguments.publicTypes(Instrument.class, "org.engagementrubrics.core"));
 * assertThat(failures).isEmpty();
 * }</pre>
 *
 * <p>Parameter names come from the class files: compile with {@code -parameters}. Not thread-safe; use one
 * per test.
 */
public final class NullArguments {

    private static final Map<Class<?>, Object> PRIMITIVES = Map.of(int.class, 1, long.class, 1L, double.class, 0.5,
            boolean.class, false, float.class, 0.5f, short.class, (short) 1, byte.class, (byte) 1, char.class, 'x');

    private final Function<Class<?>, Object> samples;
    private final Set<String> nullable = new TreeSet<>();
    private final List<String> checked = new ArrayList<>();

    private NullArguments(Function<Class<?>, Object> samples) {
        this.samples = samples;
    }

    /**
     * Obtains a walker that takes the sample value of each parameter type from a function.
     *
     * @param samples the sample of a type, or null when there is none
     * @return the walker
     */
    public static NullArguments withSamples(Function<Class<?>, Object> samples) {
        return new NullArguments(samples);
    }

    /**
     * Declares parameters that accept null, as {@code Type#method(parameter)}; a constructor is {@code <init>}.
     *
     * @param parameters the parameters
     * @return this walker
     */
    public NullArguments nullable(String... parameters) {
        nullable.addAll(Arrays.asList(parameters));
        return this;
    }

    /**
     * Returns every call checked so far, as {@code Type#method(parameter)}, for tests that need to see the
     * walk covered what they expect.
     *
     * @return the calls
     */
    public List<String> checked() {
        return List.copyOf(checked);
    }

    /**
     * Returns the public top-level and nested types of the packages that the class file location of an anchor
     * class holds, sorted by name.
     *
     * @param anchor a class of the library
     * @param packagePrefix the packages to walk, such as {@code org.engagementrubrics.core}
     * @param excludedPackages packages to leave out, such as an internal one
     * @return the public types
     */
    public static List<Class<?>> publicTypes(Class<?> anchor, String packagePrefix, String... excludedPackages) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return publicTypes(location, anchor.getClassLoader(), packagePrefix, excludedPackages);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return publicTypes(jar.getPath("/"), anchor.getClassLoader(), packagePrefix, excludedPackages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> publicTypes(Path root, ClassLoader loader, String prefix, String[] excluded)
            throws IOException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                String packageName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
                if (!name.startsWith(prefix) || name.endsWith("module-info") || name.endsWith("package-info")
                        || Arrays.asList(excluded).contains(packageName)) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (isPublic(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Calls every public constructor, static method and instance method (declared by the types, on their
     * sample instance) with one null reference argument at a time.
     *
     * @param types the types to walk
     * @return one line per failure, empty when every parameter is checked and named
     */
    public List<String> failures(Collection<Class<?>> types) {
        List<String> failures = new ArrayList<>();
        for (Class<?> type : types) {
            if (type.isInterface() && !hasStatic(type) && !hasDefaultsWithParameters(type)) {
                continue;
            }
            List<Executable> calls = new ArrayList<>();
            if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
                calls.addAll(Arrays.asList(type.getConstructors()));
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                        && !isObjectMethod(method) && !isEnumMethod(type, method)) {
                    calls.add(method);
                }
            }
            calls.sort((a, b) -> a.toString().compareTo(b.toString()));
            for (Executable call : calls) {
                check(type, call, failures);
            }
        }
        return failures;
    }

    private static boolean hasStatic(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> Modifier.isStatic(m.getModifiers())
                && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() > 0);
    }

    private static boolean hasDefaultsWithParameters(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isDefault() && m.getParameterCount() > 0);
    }

    private static boolean isObjectMethod(Method method) {
        return method.getName().equals("equals") && method.getParameterCount() == 1;
    }

    private static boolean isEnumMethod(Class<?> type, Method method) {
        return type.isEnum() && (method.getName().equals("valueOf") || method.getName().equals("values"));
    }

    private void check(Class<?> type, Executable call, List<String> failures) {
        boolean isStatic = call instanceof Constructor || Modifier.isStatic(call.getModifiers());
        boolean isAbstract = Modifier.isAbstract(call.getModifiers());
        if (isAbstract) {
            return;
        }
        Object target = isStatic ? null : samples.apply(type);
        String callName = type.getSimpleName() + "#" + (call instanceof Constructor ? "<init>" : call.getName());
        if (!isStatic && target == null) {
            if (Arrays.stream(call.getParameterTypes()).anyMatch(p -> !p.isPrimitive())) {
                failures.add(callName + ": no sample " + type.getSimpleName() + " to call it on");
            }
            return;
        }
        Parameter[] parameters = call.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = sample(parameters[i].getType());
            if (args[i] == null && !parameters[i].getType().isPrimitive()) {
                failures.add(callName + ": no sample " + parameters[i].getType().getName());
                return;
            }
        }
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getType().isPrimitive()) {
                continue;
            }
            if (!parameters[i].isNamePresent()) {
                failures.add(callName + ": compiled without -parameters");
                return;
            }
            String name = parameters[i].getName();
            String key = callName + "(" + name + ")";
            checked.add(key);
            Object[] withNull = args.clone();
            withNull[i] = null;
            String outcome = outcome(call, target, withNull, name);
            boolean mayBeNull = nullable.contains(key);
            if (mayBeNull && outcome != null && outcome.startsWith("accepted")) {
                continue;
            }
            if (outcome != null && !mayBeNull) {
                failures.add(key + ": " + outcome);
            }
        }
    }

    /** Returns null when the call threw an NPE naming the parameter, else what happened. */
    private static String outcome(Executable call, Object target, Object[] args, String name) {
        try {
            if (call instanceof Constructor<?> constructor) {
                constructor.newInstance(args);
            } else {
                ((Method) call).invoke(target, args);
            }
            return "accepted null";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException && names(cause.getMessage(), name)) {
                return null;
            }
            return "threw " + cause.getClass().getSimpleName() + " '" + cause.getMessage() + "'";
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return "could not be called: " + e;
        }
    }

    private static boolean names(String message, String name) {
        return message != null && (message.equals(name) || message.startsWith(name + "[")
                || message.startsWith(name + ".") || message.startsWith(name + " "));
    }

    private Object sample(Class<?> type) {
        if (type.isPrimitive()) {
            return PRIMITIVES.get(type);
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
        }
        return samples.apply(type);
    }
}
