/**
 * The routing key in Kafka record headers, for services: no test framework needed.
 *
 * <p>Producing: {@link dev.sandboxtests.kafka.RoutingProducerInterceptor} (or {@link
 * dev.sandboxtests.kafka.RoutedRecords#propagate} for records built by hand) writes the key of the current
 * context into each record's headers. Consuming: {@link dev.sandboxtests.kafka.KafkaRouting} decides for each
 * record whether this instance — baseline or a sandbox's fork — processes it, names the fork's own consumer
 * group and sets the record's routing context while it is processed; {@link
 * dev.sandboxtests.kafka.RoutedConsumerLoop} is the whole poll loop built on it. {@link
 * dev.sandboxtests.kafka.ForkConsumerGroups} deletes a closed sandbox's groups.
 */
package dev.sandboxtests.kafka;
