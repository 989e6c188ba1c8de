package org.stancegraph.bench.naive;

import java.util.Set;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.data.neo4j.repository.support.Neo4jRepositoryFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SDN baseline as a child of the running application: its own mapping context and template for the record
 * classes, on the application's Neo4jClient and transaction manager, so it writes to and reads from the same graph.
 */
// Not a @Configuration: the application's component scan would find it and its template would replace the app's.
public class NaiveConfiguration {

	@Bean
	Neo4jMappingContext naiveMappingContext() {
		Neo4jMappingContext context = new Neo4jMappingContext();
		context.setInitialEntitySet(Set.of(ClaimRecord.class, EntityRecord.class, SourceRecord.class, EvidenceRecord.class));
		return context;
	}

	@Bean
	Neo4jTemplate naiveTemplate(Neo4jClient neo4jClient, Neo4jMappingContext naiveMappingContext,
			PlatformTransactionManager transactionManager) {
		return new Neo4jTemplate(neo4jClient, naiveMappingContext, transactionManager);
	}

	/** Starts the baseline beside the application; close it before the application. */
	public static AnnotationConfigApplicationContext startWithin(ApplicationContext application) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.setParent(application);
		context.register(NaiveConfiguration.class);
		// what @EnableNeo4jRepositories would register, by hand: the interface is kept out of every repository scan
		context.registerBeanDefinition("claimRecords", BeanDefinitionBuilder.rootBeanDefinition(Neo4jRepositoryFactoryBean.class)
			.addConstructorArgValue(ClaimRecords.class)
			.addPropertyReference("neo4jOperations", "naiveTemplate")
			.addPropertyReference("mappingContext", "naiveMappingContext")
			.addPropertyValue("transactionManager", "transactionManager")
			.getBeanDefinition());
		context.refresh();
		return context;
	}
}
